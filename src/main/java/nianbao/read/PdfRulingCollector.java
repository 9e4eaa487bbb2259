package nianbao.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the table rulings of one page from its drawing operators.
 *
 * <p>Table borders reach a PDF in two ways: as stroked line segments (LibreOffice, most printers) or as
 * thin filled rectangles (Word's PDF export, WPS). Both are turned into {@link PdfRuling}s: every
 * axis-aligned segment of a stroked path, and every filled axis-aligned rectangle at most 3 pt thick (as
 * the line through its middle). Curves, thick fills (cell shading, pictures) and white strokes or fills
 * (invisible) are ignored. Coordinates arrive already transformed by the CTM and are mapped here into the
 * top-down, crop-box-relative display space (the page's /Rotate applied) that PDFBox uses for text
 * positions, so landscape pages line up too.
 */
final class PdfRulingCollector extends PDFGraphicsStreamEngine {
    private static final float THIN = 3f;
    private static final float STRAIGHT = 1f;
    private static final float MIN_LENGTH = 2f;

    private final List<PdfRuling> rulings = new ArrayList<>();
    /** The current path: subpaths as point lists; a null entry marks a curve inside a subpath. */
    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
    private final List<Boolean> closed = new ArrayList<>();
    private Point2D.Float current;
    private final float llx;
    private final float lly;
    private final float width;
    private final float height;
    private final int rotation;

    PdfRulingCollector(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        llx = crop.getLowerLeftX();
        lly = crop.getLowerLeftY();
        width = crop.getWidth();
        height = crop.getHeight();
        rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    /** User space to display space (top-down, after the page's /Rotate), as PDFBox positions text. */
    private Point2D.Float display(Point2D.Float p) {
        float x = p.x - llx;
        float y = p.y - lly;
        return switch (rotation) {
            case 90 -> new Point2D.Float(y, x);
            case 180 -> new Point2D.Float(width - x, y);
            case 270 -> new Point2D.Float(height - y, width - x);
            default -> new Point2D.Float(x, height - y);
        };
    }

    List<PdfRuling> collect() throws IOException {
        processPage(getPage());
        return rulings;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D.Float> sub = new ArrayList<>();
        for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
            sub.add(new Point2D.Float((float) p.getX(), (float) p.getY()));
        }
        subpaths.add(sub);
        closed.add(Boolean.TRUE);
        current = sub.get(0);
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        List<Point2D.Float> sub = new ArrayList<>();
        sub.add(current);
        subpaths.add(sub);
        closed.add(Boolean.FALSE);
    }

    @Override
    public void lineTo(float x, float y) {
        if (subpaths.isEmpty()) {
            moveTo(x, y);
            return;
        }
        current = new Point2D.Float(x, y);
        subpaths.get(subpaths.size() - 1).add(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (subpaths.isEmpty()) {
            moveTo(x3, y3);
            return;
        }
        List<Point2D.Float> sub = subpaths.get(subpaths.size() - 1);
        sub.add(null);
        current = new Point2D.Float(x3, y3);
        sub.add(current);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null ? new Point2D.Float() : current;
    }

    @Override
    public void closePath() {
        if (!closed.isEmpty()) {
            closed.set(closed.size() - 1, Boolean.TRUE);
            List<Point2D.Float> sub = subpaths.get(subpaths.size() - 1);
            current = sub.get(0);
        }
    }

    @Override
    public void endPath() {
        subpaths.clear();
        closed.clear();
    }

    @Override
    public void strokePath() throws IOException {
        if (visible(getGraphicsState().getStrokingColor())) {
            stroke();
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        if (visible(getGraphicsState().getNonStrokingColor())) {
            fill();
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        if (visible(getGraphicsState().getNonStrokingColor())) {
            fill();
        }
        if (visible(getGraphicsState().getStrokingColor())) {
            stroke();
        }
        endPath();
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void stroke() {
        for (int s = 0; s < subpaths.size(); s++) {
            List<Point2D.Float> sub = subpaths.get(s);
            for (int i = 0; i + 1 < sub.size(); i++) {
                addSegment(sub.get(i), sub.get(i + 1));
            }
            if (closed.get(s) && sub.size() > 2 && !sub.contains(null)) {
                addSegment(sub.get(sub.size() - 1), sub.get(0));
            }
        }
    }

    /** Thin filled rectangles (and other thin axis-aligned polygons) are rulings. */
    private void fill() {
        for (List<Point2D.Float> sub : subpaths) {
            if (sub.size() < 3 || sub.contains(null)) {
                continue;
            }
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            boolean axisAligned = true;
            for (int i = 0; i < sub.size(); i++) {
                Point2D.Float p = sub.get(i);
                Point2D.Float q = sub.get((i + 1) % sub.size());
                if (Math.abs(p.x - q.x) > STRAIGHT && Math.abs(p.y - q.y) > STRAIGHT) {
                    axisAligned = false;
                }
                minX = Math.min(minX, p.x);
                maxX = Math.max(maxX, p.x);
                minY = Math.min(minY, p.y);
                maxY = Math.max(maxY, p.y);
            }
            if (!axisAligned) {
                continue;
            }
            float w = maxX - minX;
            float h = maxY - minY;
            if (h <= THIN && w >= MIN_LENGTH && w > h) {
                float y = (minY + maxY) / 2;
                addSegment(new Point2D.Float(minX, y), new Point2D.Float(maxX, y));
            } else if (w <= THIN && h >= MIN_LENGTH && h > w) {
                float x = (minX + maxX) / 2;
                addSegment(new Point2D.Float(x, minY), new Point2D.Float(x, maxY));
            }
        }
    }

    private void addSegment(Point2D.Float a, Point2D.Float b) {
        if (a == null || b == null) {
            return;
        }
        Point2D.Float da = display(a);
        Point2D.Float db = display(b);
        float x1 = da.x;
        float x2 = db.x;
        float y1 = da.y;
        float y2 = db.y;
        if (Math.abs(y1 - y2) <= STRAIGHT && Math.abs(x1 - x2) >= MIN_LENGTH) {
            rulings.add(new PdfRuling(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
        } else if (Math.abs(x1 - x2) <= STRAIGHT && Math.abs(y1 - y2) >= MIN_LENGTH) {
            rulings.add(new PdfRuling(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
        }
    }

    /** White (or nearly white) ink draws nothing visible on paper; anything unreadable counts as visible. */
    private static boolean visible(PDColor color) {
        try {
            int rgb = color.toRGB();
            int r = rgb >> 16 & 0xFF;
            int g = rgb >> 8 & 0xFF;
            int b = rgb & 0xFF;
            return r < 245 || g < 245 || b < 245;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
