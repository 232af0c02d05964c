<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Layout</name>
    <message id="page">
        <source>Page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message id="tel">
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
    <message id="date">
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message id="our_ref">
        <source>Our reference</source>
        <translation>Unser Zeichen</translation>
    </message>
    <message id="telephone">
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message id="letter">
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
</context>
<context>
    <name>LetterNames</name>
    <message id="apology">
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message id="thank-you">
        <source>Thank-you</source>
        <translation>Dank</translation>
    </message>
    <message id="follow-up">
        <source>Follow-up</source>
        <translation>Nachfrage</translation>
    </message>
    <message id="acknowledgement">
        <source>Acknowledgement</source>
        <translation>Eingangsbestätigung</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message id="none">
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message id="refund">
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message id="credit">
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message id="replacement">
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message id="discount">
        <source>Discount</source>
        <translation>Nachlass</translation>
    </message>
    <message id="gift">
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message id="apology_only">
        <source>Apology only</source>
        <translation>Nur Entschuldigung</translation>
    </message>
    <message id="other">
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message id="in_person">
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message id="phone">
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message id="email">
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message id="letter">
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message id="web">
        <source>Web</source>
        <translation>Website</translation>
    </message>
    <message id="social">
        <source>Social</source>
        <translation>Soziale Medien</translation>
    </message>
    <message id="other">
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Severities</name>
    <message id="low">
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message id="medium">
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message id="high">
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message id="critical">
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message id="doc_title">
        <source>Service report {month}</source>
        <translation>Servicebericht {month}</translation>
    </message>
    <message id="title">
        <source>Service report: {month}</source>
        <translation>Servicebericht: {month}</translation>
    </message>
    <message id="intro">
        <source>Cases that occurred in {month} (local time). Targets: acknowledge a complaint within {ack} hours, resolve it within {days} days. Prepared {today}.</source>
        <translation>Fälle mit Datum im {month} (Ortszeit). Ziele: eine Beschwerde innerhalb von {ack} Stunden bestätigen und innerhalb von {days} Tagen lösen. Erstellt am {today}.</translation>
    </message>
    <message id="running">
        <source> {name} is not over yet: these are the figures so far, against the whole of last month.</source>
        <translation> Der {name} ist noch nicht vorbei: Das sind die bisherigen Zahlen, verglichen mit dem ganzen Vormonat.</translation>
    </message>
    <message id="empty">
        <source>No cases were logged in {month}.</source>
        <translation>Im {month} wurden keine Fälle erfasst.</translation>
    </message>
    <message id="empty_text">
        <source>There is nothing to report for this month: no complaints, compliments, questions or requests were recorded. If that is a surprise, check that the team is logging what customers tell them.</source>
        <translation>Für diesen Monat gibt es nichts zu berichten: Es wurden keine Beschwerden, kein Lob, keine Fragen und keine Wünsche erfasst. Falls Sie das überrascht, prüfen Sie, ob das Team notiert, was die Kundschaft ihm sagt.</translation>
    </message>
    <message id="empty_open_one">
        <source>{n} complaint from earlier months was still open at the end of the month.</source>
        <translation>{n} Beschwerde aus früheren Monaten war am Monatsende noch offen.</translation>
    </message>
    <message id="empty_open_other">
        <source>{n} complaints from earlier months were still open at the end of the month.</source>
        <translation>{n} Beschwerden aus früheren Monaten waren am Monatsende noch offen.</translation>
    </message>
    <message id="no_figure">
        <source>no figure for {prev}</source>
        <translation>kein Wert für {prev}</translation>
    </message>
    <message id="same">
        <source>= same as {prev}</source>
        <translation>= wie im {prev}</translation>
    </message>
    <message id="versus">
        <source>on {prev} ({before})</source>
        <translation>ggü. {prev} ({before})</translation>
    </message>
    <message id="tile_cases">
        <source>Cases logged</source>
        <translation>Erfasste Fälle</translation>
    </message>
    <message id="tile_complaints">
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message id="tile_compliments">
        <source>Compliments</source>
        <translation>Lob</translation>
    </message>
    <message id="tile_recovered">
        <source>Customers recovered</source>
        <translation>Zurückgewonnene Kunden</translation>
    </message>
    <message id="tile_resolve">
        <source>Median time to resolve</source>
        <translation>Mittlere Lösungszeit</translation>
    </message>
    <message id="tile_satisfaction">
        <source>Satisfaction (of 5)</source>
        <translation>Zufriedenheit (von 5)</translation>
    </message>
    <message id="tile_cost">
        <source>Cost of putting it right</source>
        <translation>Kosten der Wiedergutmachung</translation>
    </message>
    <message id="tile_open">
        <source>Complaints open at month end</source>
        <translation>Offene Beschwerden am Monatsende</translation>
    </message>
    <message id="on_time">
        <source>Complaints answered on time</source>
        <translation>Beschwerden rechtzeitig bearbeitet</translation>
    </message>
    <message id="ack_within">
        <source>Acknowledged within {h} h</source>
        <translation>Bestätigt innerhalb von {h} Std.</translation>
    </message>
    <message id="resolved_within">
        <source>Resolved within {d} days</source>
        <translation>Gelöst innerhalb von {d} Tagen</translation>
    </message>
    <message id="no_complaints">
        <source>no complaints</source>
        <translation>keine Beschwerden</translation>
    </message>
    <message id="part_of">
        <source>{part} of {whole} complaints</source>
        <translation>{part} von {whole} Beschwerden</translation>
    </message>
    <message id="hours">
        <source>{v} h</source>
        <translation>{v} Std.</translation>
    </message>
    <message id="days">
        <source>{v} days</source>
        <translation>{v} Tage</translation>
    </message>
    <message id="by_kind">
        <source>Cases by kind</source>
        <translation>Fälle nach Art</translation>
    </message>
    <message id="by_category">
        <source>Complaints by category</source>
        <translation>Beschwerden nach Kategorie</translation>
    </message>
    <message id="none_this_month">
        <source>No complaints this month.</source>
        <translation>Keine Beschwerden in diesem Monat.</translation>
    </message>
    <message id="largest">
        <source>The 8 largest of {n} categories.</source>
        <translation>Die 8 größten von {n} Kategorien.</translation>
    </message>
    <message id="no_category">
        <source>(no category)</source>
        <translation>(ohne Kategorie)</translation>
    </message>
    <message id="kind_complaint">
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message id="kind_compliment">
        <source>Compliments</source>
        <translation>Lob</translation>
    </message>
    <message id="kind_question">
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message id="kind_request">
        <source>Requests</source>
        <translation>Wünsche</translation>
    </message>
    <message id="response_times">
        <source>Response times</source>
        <translation>Reaktionszeiten</translation>
    </message>
    <message id="none_acked">
        <source>none acknowledged yet</source>
        <translation>noch keine bestätigt</translation>
    </message>
    <message id="ack_text">
        <source>Median time to acknowledge a complaint: &lt;b&gt;{median}&lt;/b&gt; (target {h} h); {part} of {whole} acknowledged within target.</source>
        <translation>Mittlere Zeit bis zur Bestätigung einer Beschwerde: &lt;b&gt;{median}&lt;/b&gt; (Ziel {h} Std.); {part} von {whole} rechtzeitig bestätigt.</translation>
    </message>
    <message id="not_acked">
        <source> {n} not acknowledged yet.</source>
        <translation> {n} noch nicht bestätigt.</translation>
    </message>
    <message id="none_resolved">
        <source>none resolved yet</source>
        <translation>noch keine gelöst</translation>
    </message>
    <message id="resolve_text">
        <source>Median time to resolve: &lt;b&gt;{median}&lt;/b&gt; (target {d} days); {part} of {whole} resolved within target, {done} resolved so far.</source>
        <translation>Mittlere Zeit bis zur Lösung: &lt;b&gt;{median}&lt;/b&gt; (Ziel {d} Tage); {part} von {whole} rechtzeitig gelöst, {done} bisher gelöst.</translation>
    </message>
    <message id="time_to_ack">
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Bestätigung</translation>
    </message>
    <message id="time_to_resolve">
        <source>Time to resolve</source>
        <translation>Zeit bis zur Lösung</translation>
    </message>
    <message id="backlog">
        <source>Backlog</source>
        <translation>Rückstand</translation>
    </message>
    <message id="backlog_clear">
        <source>Every complaint was settled by {date}. Nothing is waiting.</source>
        <translation>Bis zum {date} war jede Beschwerde erledigt. Nichts ist liegen geblieben.</translation>
    </message>
    <message id="open_for">
        <source>Open for</source>
        <translation>Offen seit</translation>
    </message>
    <message id="complaints">
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message id="backlog_one">
        <source>&lt;b&gt;{n}&lt;/b&gt; complaint (from this month or earlier) was still open on {date}.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; Beschwerde (aus diesem oder früheren Monaten) war am {date} noch offen.</translation>
    </message>
    <message id="backlog_other">
        <source>&lt;b&gt;{n}&lt;/b&gt; complaints (from this month or earlier) were still open on {date}.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; Beschwerden (aus diesem oder früheren Monaten) waren am {date} noch offen.</translation>
    </message>
    <message id="in_detail">
        <source>Cases in detail</source>
        <translation>Fälle im Einzelnen</translation>
    </message>
    <message id="category">
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message id="all_cases">
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message id="other_categories">
        <source>{n} other categories</source>
        <translation>{n} weitere Kategorien</translation>
    </message>
    <message id="channel">
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message id="cases">
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message id="severity_head">
        <source>Complaint severity</source>
        <translation>Schwere der Beschwerde</translation>
    </message>
    <message id="remedies">
        <source>Putting things right</source>
        <translation>Wiedergutmachung</translation>
    </message>
    <message id="no_remedies">
        <source>No remedies were given this month.</source>
        <translation>In diesem Monat gab es keine Wiedergutmachung.</translation>
    </message>
    <message id="remedy">
        <source>Remedy</source>
        <translation>Art</translation>
    </message>
    <message id="cost">
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message id="total">
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message id="remedies_one">
        <source>{n} case received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</source>
        <translation>In {n} Fall gab es eine Wiedergutmachung, insgesamt &lt;b&gt;{cost}&lt;/b&gt;.</translation>
    </message>
    <message id="remedies_other">
        <source>{n} cases received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</source>
        <translation>In {n} Fällen gab es eine Wiedergutmachung, insgesamt &lt;b&gt;{cost}&lt;/b&gt;.</translation>
    </message>
    <message id="satisfaction">
        <source>Satisfaction and recovered customers</source>
        <translation>Zufriedenheit und zurückgewonnene Kunden</translation>
    </message>
    <message id="rated_one">
        <source>{n} customer told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</source>
        <translation>{n} Kunde hat uns gesagt, wie zufrieden er war: im Schnitt &lt;b&gt;{avg}&lt;/b&gt; von 5.</translation>
    </message>
    <message id="rated_other">
        <source>{n} customers told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</source>
        <translation>{n} Kundinnen und Kunden haben uns gesagt, wie zufrieden sie waren: im Schnitt &lt;b&gt;{avg}&lt;/b&gt; von 5.</translation>
    </message>
    <message id="not_rated">
        <source>No customer rated their satisfaction this month.</source>
        <translation>In diesem Monat hat niemand seine Zufriedenheit bewertet.</translation>
    </message>
    <message id="recovered">
        <source>&lt;b&gt;Recovered customers:&lt;/b&gt; {back} of the {n} customers who complained this month have come back. Winning them back is the point of it all.</source>
        <translation>&lt;b&gt;Zurückgewonnen:&lt;/b&gt; {back} der {n} Kunden, die sich in diesem Monat beschwert haben, sind wiedergekommen. Genau darum geht es.</translation>
    </message>
    <message id="compliments">
        <source>Compliments</source>
        <translation>Lob</translation>
    </message>
    <message id="no_compliments">
        <source>No compliments were logged this month.</source>
        <translation>In diesem Monat wurde kein Lob erfasst.</translation>
    </message>
    <message id="compliments_one">
        <source>&lt;b&gt;{n}&lt;/b&gt; compliment this month.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; Lob in diesem Monat.</translation>
    </message>
    <message id="compliments_other">
        <source>&lt;b&gt;{n}&lt;/b&gt; compliments this month.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt;-mal Lob in diesem Monat.</translation>
    </message>
    <message id="shout_outs">
        <source>Compliments and staff shout-outs</source>
        <translation>Lob und Dank ans Team</translation>
    </message>
    <message id="praised">
        <source>Praised by name</source>
        <translation>Namentlich gelobt</translation>
    </message>
    <message id="others">
        <source>{n} others</source>
        <translation>{n} weitere</translation>
    </message>
    <message id="thanks">
        <source>A special thank-you to &lt;b&gt;{top}&lt;/b&gt;, named most often by customers.</source>
        <translation>Ein besonderes Dankeschön an &lt;b&gt;{top}&lt;/b&gt; – am häufigsten von der Kundschaft genannt.</translation>
    </message>
    <message id="lessons">
        <source>Lessons learned</source>
        <translation>Daraus gelernt</translation>
    </message>
    <message id="no_lessons">
        <source>No lessons were written down this month.</source>
        <translation>In diesem Monat wurden keine Lehren notiert.</translation>
    </message>
    <message id="and_more">
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message id="more_lessons">
        <source>… and {n} more lessons.</source>
        <translation>… und {n} weitere Lehren.</translation>
    </message>
    <message id="open_list">
        <source>Complaints still open at the end of the month</source>
        <translation>Am Monatsende noch offene Beschwerden</translation>
    </message>
    <message id="ref">
        <source>Ref</source>
        <translation>Zeichen</translation>
    </message>
    <message id="since">
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message id="age">
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message id="severity">
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message id="who_what">
        <source>Customer, category and summary</source>
        <translation>Kunde, Kategorie und Zusammenfassung</translation>
    </message>
    <message id="now">
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message id="age_days">
        <source>{n} d</source>
        <translation>{n} T.</translation>
    </message>
    <message id="resolved_on">
        <source>resolved {date}</source>
        <translation>gelöst {date}</translation>
    </message>
    <message id="still_open">
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message id="oldest_first">
        <source>Oldest first, aged on {date}.</source>
        <translation>Älteste zuerst, Alter am {date}.</translation>
    </message>
    <message id="listed">
        <source> The {n} oldest of {total} are listed.</source>
        <translation> Aufgeführt sind die {n} ältesten von {total}.</translation>
    </message>
    <message id="approvals">
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message id="asked_above">
        <source>Remedies asked for above a person's limit</source>
        <translation>Über dem eigenen Limit erbeten</translation>
    </message>
    <message id="requested_n">
        <source>Requested</source>
        <translation>Erbeten</translation>
    </message>
    <message id="approved_n">
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message id="declined_n">
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message id="median_decision">
        <source>Median time to a decision</source>
        <translation>Mittlere Zeit bis zur Entscheidung (Median)</translation>
    </message>
    <message id="given_over_n">
        <source>Given above the limit without approval</source>
        <translation>Ohne Genehmigung über dem Limit gewährt</translation>
    </message>
    <message id="given_over_note">
        <source>Remedies handed over above a limit without approval wait for the owner's review.</source>
        <translation>Was ohne Genehmigung über einem Limit gewährt wurde, prüft die Inhaberin oder der Inhaber.</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message id="&lt; 1 h">
        <source>&lt; 1 h</source>
        <translation>&lt; 1 Std.</translation>
    </message>
    <message id="1-4 h">
        <source>1-4 h</source>
        <translation>1–4 Std.</translation>
    </message>
    <message id="4-24 h">
        <source>4-24 h</source>
        <translation>4–24 Std.</translation>
    </message>
    <message id="1-2 days">
        <source>1-2 days</source>
        <translation>1–2 Tage</translation>
    </message>
    <message id="&gt; 2 days">
        <source>&gt; 2 days</source>
        <translation>&gt; 2 Tage</translation>
    </message>
    <message id="&lt; 1 day">
        <source>&lt; 1 day</source>
        <translation>&lt; 1 Tag</translation>
    </message>
    <message id="1-3 days">
        <source>1-3 days</source>
        <translation>1–3 Tage</translation>
    </message>
    <message id="3-7 days">
        <source>3-7 days</source>
        <translation>3–7 Tage</translation>
    </message>
    <message id="1-2 weeks">
        <source>1-2 weeks</source>
        <translation>1–2 Wo.</translation>
    </message>
    <message id="&gt; 2 weeks">
        <source>&gt; 2 weeks</source>
        <translation>&gt; 2 Wo.</translation>
    </message>
    <message id="under a week">
        <source>under a week</source>
        <translation>unter einer Woche</translation>
    </message>
    <message id="1-4 weeks">
        <source>1-4 weeks</source>
        <translation>1–4 Wochen</translation>
    </message>
    <message id="over 4 weeks">
        <source>over 4 weeks</source>
        <translation>über 4 Wochen</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message id="date_line">
        <source>{town}, {date}</source>
        <translation>{town}, {date}</translation>
    </message>
    <message id="subject">
        <source>{subject}</source>
        <translation>{subject}</translation>
    </message>
</context>
</TS>
