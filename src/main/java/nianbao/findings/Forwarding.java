package nianbao.findings;

import java.time.LocalDate;

/**
 * What the supervisor puts on the cover of each county's workbook when forwarding it (sheet 转发设置 of
 * rules/settings.xlsx): who sends it, whom to call, by when the county answers, and a cover text. Every
 * part may be empty (the cover then leaves it out or says it in general words).
 *
 * @param deadline 整改期限, or null when none is set (or it is not a date)
 */
public record Forwarding(String sender, String contact, String phone, LocalDate deadline, String text) {
    /** Nothing set: an old settings workbook, or none. */
    public static final Forwarding NONE = new Forwarding("", "", "", null, "");

    public Forwarding {
        sender = sender == null ? "" : sender.strip();
        contact = contact == null ? "" : contact.strip();
        phone = phone == null ? "" : phone.strip();
        text = text == null ? "" : text.strip();
    }
}
