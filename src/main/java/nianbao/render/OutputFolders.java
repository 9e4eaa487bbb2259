package nianbao.render;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import nianbao.render.OutputFiles;

/**
 * Gets the output folders ready before the audit: each is created if need be, the temporary files a killed
 * run left there are removed, and a file is written and removed to see that the folder takes files at all.
 * A folder that cannot take the results is found before minutes of checking, not after.
 */
public final class OutputFolders {
    private OutputFolders() {
    }

    public static void prepare(List<Path> folders, List<Path> targets) throws IOException {
        for (Path dir : folders) {
            Files.createDirectories(dir);
            OutputFiles.removeLeftovers(dir);
            Path probe = Files.createTempFile(dir, ".nianbao-", ".tmp");
            Files.delete(probe);
        }
        for (Path target : targets) {
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString());
            }
        }
    }
}
