package nianbao.analysis;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import nianbao.findings.ReportResult;

/**
 * Walks the input folders and accounts for every entry: a regular file is audited; a folder that cannot
 * be opened, a named pipe, device or socket, a link that leads nowhere, in a circle or out of the input
 * folders is listed with a plain reason, so that one bad entry among a hundred offices' files neither
 * stops the batch nor disappears from it.
 *
 * <p>Links are not followed by the walk; each is decided by the real path it leads to. A link to a file
 * inside an input folder is read (through its real path); a link leading outside is never opened, so a
 * "report.txt" pointing at /etc/shadow is not read. A link to a folder is not entered: if it leads inside,
 * that folder is checked where it really is, and a link back up the tree cannot make the walk go round.
 */
final class InputWalker extends SimpleFileVisitor<Path> {
    /** The real paths of the input folders: a link may lead anywhere below one of them. */
    private final List<Path> allowed;
    /** This tool's own output folder (absolute, normalized), not audited; null when there is none. */
    private final Path outputDir;
    private final List<Inputs.Input> found = new ArrayList<>();

    InputWalker(List<Path> allowed, Path outputDir) {
        this.allowed = List.copyOf(allowed);
        this.outputDir = outputDir;
    }

    List<Inputs.Input> found() {
        return found;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (outputDir != null && dir.toAbsolutePath().normalize().startsWith(outputDir)) {
            return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (!Inputs.wanted(file) || outputDir != null && file.toAbsolutePath().normalize().startsWith(outputDir)) {
            return FileVisitResult.CONTINUE;
        }
        add(file, attrs);
        return FileVisitResult.CONTINUE;
    }

    /** One entry, folder or named on the command line: audited, or listed with why not. */
    void add(Path file, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            link(file);
        } else if (attrs.isRegularFile()) {
            found.add(Inputs.Input.toAudit(file, Inputs.shown(file)));
        } else if (attrs.isDirectory()) {
            found.add(Inputs.Input.notRead(ReportResult.skipped(Inputs.shown(file), "这是文件夹，未检查其中的文件。")));
        } else {
            found.add(Inputs.Input.notRead(ReportResult.skipped(Inputs.shown(file), SpecialFiles.reason(file))));
        }
    }

    /** Called for a folder that cannot be opened (and for an entry whose attributes cannot be read). */
    @Override
    public FileVisitResult visitFileFailed(Path file, IOException exc) {
        found.add(Inputs.Input.notRead(ReportResult.unreadable(Inputs.shown(file), null, cannotOpen(file, exc))));
        return FileVisitResult.CONTINUE;
    }

    /** A folder whose listing broke off part way: the files seen so far are kept, the folder is listed too. */
    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
        if (exc != null) {
            found.add(Inputs.Input.notRead(ReportResult.unreadable(Inputs.shown(dir), null,
                    "文件夹未能读完，其中部分文件可能未检查，请检查该文件夹后重新运行。")));
        }
        return FileVisitResult.CONTINUE;
    }

    /** Why a folder (or, rarely, a file whose attributes cannot be read) is not checked. */
    static String cannotOpen(Path file, IOException exc) {
        if (exc instanceof NoSuchFileException) {
            return "在检查过程中被删除或移走，未检查。";
        }
        String what = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? "文件夹无法打开" : "无法打开";
        String rest = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? "，其中的文件未检查" : "";
        if (exc instanceof AccessDeniedException) {
            return what + "（没有读取权限）" + rest + "，请检查权限后重新运行。";
        }
        return what + rest + "，请检查后重新运行。";
    }

    private void link(Path link) {
        String shown = Inputs.shown(link);
        Path target;
        try {
            target = link.toRealPath();
        } catch (NoSuchFileException e) {
            found.add(Inputs.Input.notRead(ReportResult.skipped(shown, "这是一个链接，它指向的文件不存在，已跳过。")));
            return;
        } catch (AccessDeniedException e) {
            found.add(Inputs.Input.notRead(ReportResult.unreadable(shown, null, "这是一个链接，它指向的位置没有读取权限，无法读取。")));
            return;
        } catch (FileSystemException e) {
            // What is left when the target exists and may be read: the links lead round in a circle.
            found.add(Inputs.Input.notRead(ReportResult.skipped(shown, "这是一个成环的链接（最终又指回自己），无法读取，已跳过。")));
            return;
        } catch (IOException e) {
            found.add(Inputs.Input.notRead(ReportResult.unreadable(shown, null, "这是一个链接，无法确定它指向哪里，未读取。")));
            return;
        }
        if (allowed.stream().noneMatch(target::startsWith)) {
            found.add(Inputs.Input.notRead(ReportResult.skipped(shown,
                    "这是一个链接，指向输入文件夹以外的位置，为安全起见未读取，已跳过。")));
            return;
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            found.add(Inputs.Input.notRead(ReportResult.unreadable(shown, null, "这是一个链接，它指向的文件无法打开。")));
            return;
        }
        if (attrs.isRegularFile()) {
            found.add(Inputs.Input.toAudit(target, shown));
        } else if (attrs.isDirectory()) {
            found.add(Inputs.Input.notRead(ReportResult.skipped(shown,
                    "这是指向输入文件夹内另一个文件夹的链接，那个文件夹在原位置检查，这里不重复检查。")));
        } else {
            found.add(Inputs.Input.notRead(ReportResult.skipped(shown, SpecialFiles.reason(target))));
        }
    }
}
