package nianbao.read;

/** A file that cannot be read as a report; the message is one plain Chinese sentence for the supervisor. */
public class UnreadableException extends Exception {
    public UnreadableException(String reason) {
        super(reason);
    }

    public UnreadableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
