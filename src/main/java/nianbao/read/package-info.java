/**
 * Reading report files, one reader per format, chosen by sniffing the bytes rather than trusting the
 * extension. Only this package knows file formats; everything after it sees a {@link nianbao.document.Document}.
 */
package nianbao.read;
