<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>Layout</name>
    <message id="page">
        <source>Page {n} of {total}</source>
        <translation>Pagina {n} di {total}</translation>
    </message>
    <message id="tel">
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
    <message id="date">
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message id="our_ref">
        <source>Our reference</source>
        <translation>Nostro riferimento</translation>
    </message>
    <message id="telephone">
        <source>Telephone</source>
        <translation>Telefono</translation>
    </message>
    <message id="letter">
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
</context>
<context>
    <name>LetterNames</name>
    <message id="apology">
        <source>Apology</source>
        <translation>Scuse</translation>
    </message>
    <message id="thank-you">
        <source>Thank-you</source>
        <translation>Ringraziamento</translation>
    </message>
    <message id="follow-up">
        <source>Follow-up</source>
        <translation>Seguito</translation>
    </message>
    <message id="acknowledgement">
        <source>Acknowledgement</source>
        <translation>Conferma di ricezione</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message id="none">
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message id="refund">
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message id="credit">
        <source>Credit</source>
        <translation>Buono</translation>
    </message>
    <message id="replacement">
        <source>Replacement</source>
        <translation>Sostituzione</translation>
    </message>
    <message id="discount">
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message id="gift">
        <source>Gift</source>
        <translation>Omaggio</translation>
    </message>
    <message id="apology_only">
        <source>Apology only</source>
        <translation>Solo scuse</translation>
    </message>
    <message id="other">
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message id="in_person">
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message id="phone">
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message id="email">
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message id="letter">
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message id="web">
        <source>Web</source>
        <translation>Sito web</translation>
    </message>
    <message id="social">
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message id="other">
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>Severities</name>
    <message id="low">
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message id="medium">
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message id="high">
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message id="critical">
        <source>Critical</source>
        <translation>Critica</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message id="doc_title">
        <source>Service report {month}</source>
        <translation>Rapporto sul servizio {month}</translation>
    </message>
    <message id="title">
        <source>Service report: {month}</source>
        <translation>Rapporto sul servizio: {month}</translation>
    </message>
    <message id="intro">
        <source>Cases that occurred in {month} (local time). Targets: acknowledge a complaint within {ack} hours, resolve it within {days} days. Prepared {today}.</source>
        <translation>Casi avvenuti a {month} (ora locale). Obiettivi: confermare un reclamo entro {ack} ore e risolverlo entro {days} giorni. Redatto il {today}.</translation>
    </message>
    <message id="running">
        <source> {name} is not over yet: these are the figures so far, against the whole of last month.</source>
        <translation> Il mese di {name} non è ancora finito: queste sono le cifre finora, confrontate con l'intero mese precedente.</translation>
    </message>
    <message id="empty">
        <source>No cases were logged in {month}.</source>
        <translation>Nessun caso registrato a {month}.</translation>
    </message>
    <message id="empty_text">
        <source>There is nothing to report for this month: no complaints, compliments, questions or requests were recorded. If that is a surprise, check that the team is logging what customers tell them.</source>
        <translation>Non c'è nulla da segnalare per questo mese: nessun reclamo, complimento, domanda o richiesta è stato registrato. Se la cosa La sorprende, verifichi che il team annoti ciò che dicono i clienti.</translation>
    </message>
    <message id="empty_open_one">
        <source>{n} complaint from earlier months was still open at the end of the month.</source>
        <translation>{n} reclamo dei mesi precedenti era ancora aperto a fine mese.</translation>
    </message>
    <message id="empty_open_other">
        <source>{n} complaints from earlier months were still open at the end of the month.</source>
        <translation>{n} reclami dei mesi precedenti erano ancora aperti a fine mese.</translation>
    </message>
    <message id="no_figure">
        <source>no figure for {prev}</source>
        <translation>nessun dato per {prev}</translation>
    </message>
    <message id="same">
        <source>= same as {prev}</source>
        <translation>= come a {prev}</translation>
    </message>
    <message id="versus">
        <source>on {prev} ({before})</source>
        <translation>rispetto a {prev} ({before})</translation>
    </message>
    <message id="tile_cases">
        <source>Cases logged</source>
        <translation>Casi registrati</translation>
    </message>
    <message id="tile_complaints">
        <source>Complaints</source>
        <translation>Reclami</translation>
    </message>
    <message id="tile_compliments">
        <source>Compliments</source>
        <translation>Complimenti</translation>
    </message>
    <message id="tile_recovered">
        <source>Customers recovered</source>
        <translation>Clienti recuperati</translation>
    </message>
    <message id="tile_resolve">
        <source>Median time to resolve</source>
        <translation>Tempo mediano di soluzione</translation>
    </message>
    <message id="tile_satisfaction">
        <source>Satisfaction (of 5)</source>
        <translation>Soddisfazione (su 5)</translation>
    </message>
    <message id="tile_cost">
        <source>Cost of putting it right</source>
        <translation>Costo dei rimedi</translation>
    </message>
    <message id="tile_open">
        <source>Complaints open at month end</source>
        <translation>Reclami aperti a fine mese</translation>
    </message>
    <message id="on_time">
        <source>Complaints answered on time</source>
        <translation>Reclami gestiti in tempo</translation>
    </message>
    <message id="ack_within">
        <source>Acknowledged within {h} h</source>
        <translation>Confermati entro {h} h</translation>
    </message>
    <message id="resolved_within">
        <source>Resolved within {d} days</source>
        <translation>Risolti entro {d} giorni</translation>
    </message>
    <message id="no_complaints">
        <source>no complaints</source>
        <translation>nessun reclamo</translation>
    </message>
    <message id="part_of">
        <source>{part} of {whole} complaints</source>
        <translation>{part} reclami su {whole}</translation>
    </message>
    <message id="hours">
        <source>{v} h</source>
        <translation>{v} h</translation>
    </message>
    <message id="days">
        <source>{v} days</source>
        <translation>{v} giorni</translation>
    </message>
    <message id="by_kind">
        <source>Cases by kind</source>
        <translation>Casi per tipo</translation>
    </message>
    <message id="by_category">
        <source>Complaints by category</source>
        <translation>Reclami per categoria</translation>
    </message>
    <message id="none_this_month">
        <source>No complaints this month.</source>
        <translation>Nessun reclamo questo mese.</translation>
    </message>
    <message id="largest">
        <source>The 8 largest of {n} categories.</source>
        <translation>Le 8 maggiori di {n} categorie.</translation>
    </message>
    <message id="no_category">
        <source>(no category)</source>
        <translation>(senza categoria)</translation>
    </message>
    <message id="kind_complaint">
        <source>Complaints</source>
        <translation>Reclami</translation>
    </message>
    <message id="kind_compliment">
        <source>Compliments</source>
        <translation>Complimenti</translation>
    </message>
    <message id="kind_question">
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message id="kind_request">
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message id="response_times">
        <source>Response times</source>
        <translation>Tempi di risposta</translation>
    </message>
    <message id="none_acked">
        <source>none acknowledged yet</source>
        <translation>ancora nessuno confermato</translation>
    </message>
    <message id="ack_text">
        <source>Median time to acknowledge a complaint: &lt;b&gt;{median}&lt;/b&gt; (target {h} h); {part} of {whole} acknowledged within target.</source>
        <translation>Tempo mediano di conferma di un reclamo: &lt;b&gt;{median}&lt;/b&gt; (obiettivo {h} h); {part} su {whole} confermati entro l'obiettivo.</translation>
    </message>
    <message id="not_acked">
        <source> {n} not acknowledged yet.</source>
        <translation> {n} non ancora confermati.</translation>
    </message>
    <message id="none_resolved">
        <source>none resolved yet</source>
        <translation>ancora nessuno risolto</translation>
    </message>
    <message id="resolve_text">
        <source>Median time to resolve: &lt;b&gt;{median}&lt;/b&gt; (target {d} days); {part} of {whole} resolved within target, {done} resolved so far.</source>
        <translation>Tempo mediano di soluzione: &lt;b&gt;{median}&lt;/b&gt; (obiettivo {d} giorni); {part} su {whole} risolti entro l'obiettivo, {done} risolti finora.</translation>
    </message>
    <message id="time_to_ack">
        <source>Time to acknowledge</source>
        <translation>Tempo di conferma</translation>
    </message>
    <message id="time_to_resolve">
        <source>Time to resolve</source>
        <translation>Tempo di soluzione</translation>
    </message>
    <message id="backlog">
        <source>Backlog</source>
        <translation>Arretrati</translation>
    </message>
    <message id="backlog_clear">
        <source>Every complaint was settled by {date}. Nothing is waiting.</source>
        <translation>Al {date} ogni reclamo era stato risolto. Non c'è nulla in sospeso.</translation>
    </message>
    <message id="open_for">
        <source>Open for</source>
        <translation>Aperto da</translation>
    </message>
    <message id="complaints">
        <source>Complaints</source>
        <translation>Reclami</translation>
    </message>
    <message id="backlog_one">
        <source>&lt;b&gt;{n}&lt;/b&gt; complaint (from this month or earlier) was still open on {date}.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; reclamo (di questo mese o precedente) era ancora aperto il {date}.</translation>
    </message>
    <message id="backlog_other">
        <source>&lt;b&gt;{n}&lt;/b&gt; complaints (from this month or earlier) were still open on {date}.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; reclami (di questo mese o precedenti) erano ancora aperti il {date}.</translation>
    </message>
    <message id="in_detail">
        <source>Cases in detail</source>
        <translation>I casi nel dettaglio</translation>
    </message>
    <message id="category">
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message id="all_cases">
        <source>All cases</source>
        <translation>Tutti i casi</translation>
    </message>
    <message id="other_categories">
        <source>{n} other categories</source>
        <translation>altre {n} categorie</translation>
    </message>
    <message id="channel">
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message id="cases">
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message id="severity_head">
        <source>Complaint severity</source>
        <translation>Gravità del reclamo</translation>
    </message>
    <message id="remedies">
        <source>Putting things right</source>
        <translation>Rimediare</translation>
    </message>
    <message id="no_remedies">
        <source>No remedies were given this month.</source>
        <translation>Nessun rimedio concesso questo mese.</translation>
    </message>
    <message id="remedy">
        <source>Remedy</source>
        <translation>Rimedio</translation>
    </message>
    <message id="cost">
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message id="total">
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message id="remedies_one">
        <source>{n} case received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</source>
        <translation>{n} caso ha ricevuto un rimedio, per un costo totale di &lt;b&gt;{cost}&lt;/b&gt;.</translation>
    </message>
    <message id="remedies_other">
        <source>{n} cases received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</source>
        <translation>{n} casi hanno ricevuto un rimedio, per un costo totale di &lt;b&gt;{cost}&lt;/b&gt;.</translation>
    </message>
    <message id="satisfaction">
        <source>Satisfaction and recovered customers</source>
        <translation>Soddisfazione e clienti recuperati</translation>
    </message>
    <message id="rated_one">
        <source>{n} customer told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</source>
        <translation>{n} cliente ci ha detto quanto era soddisfatto: in media &lt;b&gt;{avg}&lt;/b&gt; su 5.</translation>
    </message>
    <message id="rated_other">
        <source>{n} customers told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</source>
        <translation>{n} clienti ci hanno detto quanto erano soddisfatti: in media &lt;b&gt;{avg}&lt;/b&gt; su 5.</translation>
    </message>
    <message id="not_rated">
        <source>No customer rated their satisfaction this month.</source>
        <translation>Nessun cliente ha valutato la propria soddisfazione questo mese.</translation>
    </message>
    <message id="recovered">
        <source>&lt;b&gt;Recovered customers:&lt;/b&gt; {back} of the {n} customers who complained this month have come back. Winning them back is the point of it all.</source>
        <translation>&lt;b&gt;Clienti recuperati:&lt;/b&gt; {back} dei {n} clienti che hanno presentato un reclamo questo mese sono tornati. È questo che conta.</translation>
    </message>
    <message id="compliments">
        <source>Compliments</source>
        <translation>Complimenti</translation>
    </message>
    <message id="no_compliments">
        <source>No compliments were logged this month.</source>
        <translation>Nessun complimento registrato questo mese.</translation>
    </message>
    <message id="compliments_one">
        <source>&lt;b&gt;{n}&lt;/b&gt; compliment this month.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; complimento questo mese.</translation>
    </message>
    <message id="compliments_other">
        <source>&lt;b&gt;{n}&lt;/b&gt; compliments this month.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; complimenti questo mese.</translation>
    </message>
    <message id="shout_outs">
        <source>Compliments and staff shout-outs</source>
        <translation>Complimenti e ringraziamenti al team</translation>
    </message>
    <message id="praised">
        <source>Praised by name</source>
        <translation>Lodato per nome</translation>
    </message>
    <message id="others">
        <source>{n} others</source>
        <translation>altri {n}</translation>
    </message>
    <message id="thanks">
        <source>A special thank-you to &lt;b&gt;{top}&lt;/b&gt;, named most often by customers.</source>
        <translation>Un grazie speciale a &lt;b&gt;{top}&lt;/b&gt;, il nome più citato dai clienti.</translation>
    </message>
    <message id="lessons">
        <source>Lessons learned</source>
        <translation>Lezioni apprese</translation>
    </message>
    <message id="no_lessons">
        <source>No lessons were written down this month.</source>
        <translation>Nessuna lezione annotata questo mese.</translation>
    </message>
    <message id="and_more">
        <source> and {n} more</source>
        <translation> e altri {n}</translation>
    </message>
    <message id="more_lessons">
        <source>… and {n} more lessons.</source>
        <translation>… e altre {n} lezioni.</translation>
    </message>
    <message id="open_list">
        <source>Complaints still open at the end of the month</source>
        <translation>Reclami ancora aperti a fine mese</translation>
    </message>
    <message id="ref">
        <source>Ref</source>
        <translation>Rif.</translation>
    </message>
    <message id="since">
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message id="age">
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message id="severity">
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message id="who_what">
        <source>Customer, category and summary</source>
        <translation>Cliente, categoria e riepilogo</translation>
    </message>
    <message id="now">
        <source>Now</source>
        <translation>Oggi</translation>
    </message>
    <message id="age_days">
        <source>{n} d</source>
        <translation>{n} g</translation>
    </message>
    <message id="resolved_on">
        <source>resolved {date}</source>
        <translation>risolto il {date}</translation>
    </message>
    <message id="still_open">
        <source>still open</source>
        <translation>ancora aperto</translation>
    </message>
    <message id="oldest_first">
        <source>Oldest first, aged on {date}.</source>
        <translation>Prima i più vecchi, età al {date}.</translation>
    </message>
    <message id="listed">
        <source> The {n} oldest of {total} are listed.</source>
        <translation> Sono elencati i {n} più vecchi su {total}.</translation>
    </message>
    <message id="approvals">
        <source>Approvals</source>
        <translation>Approvazioni</translation>
    </message>
    <message id="asked_above">
        <source>Remedies asked for above a person's limit</source>
        <translation>Rimedi chiesti oltre un limite</translation>
    </message>
    <message id="requested_n">
        <source>Requested</source>
        <translation>Richiesti</translation>
    </message>
    <message id="approved_n">
        <source>Approved</source>
        <translation>Approvati</translation>
    </message>
    <message id="declined_n">
        <source>Declined</source>
        <translation>Rifiutati</translation>
    </message>
    <message id="median_decision">
        <source>Median time to a decision</source>
        <translation>Tempo mediano fino alla decisione</translation>
    </message>
    <message id="given_over_n">
        <source>Given above the limit without approval</source>
        <translation>Concessi oltre il limite senza approvazione</translation>
    </message>
    <message id="given_over_note">
        <source>Remedies handed over above a limit without approval wait for the owner's review.</source>
        <translation>I rimedi concessi oltre un limite senza approvazione attendono la verifica del titolare.</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message id="&lt; 1 h">
        <source>&lt; 1 h</source>
        <translation>&lt; 1 h</translation>
    </message>
    <message id="1-4 h">
        <source>1-4 h</source>
        <translation>1–4 h</translation>
    </message>
    <message id="4-24 h">
        <source>4-24 h</source>
        <translation>4–24 h</translation>
    </message>
    <message id="1-2 days">
        <source>1-2 days</source>
        <translation>1–2 giorni</translation>
    </message>
    <message id="&gt; 2 days">
        <source>&gt; 2 days</source>
        <translation>&gt; 2 giorni</translation>
    </message>
    <message id="&lt; 1 day">
        <source>&lt; 1 day</source>
        <translation>&lt; 1 giorno</translation>
    </message>
    <message id="1-3 days">
        <source>1-3 days</source>
        <translation>1–3 giorni</translation>
    </message>
    <message id="3-7 days">
        <source>3-7 days</source>
        <translation>3–7 giorni</translation>
    </message>
    <message id="1-2 weeks">
        <source>1-2 weeks</source>
        <translation>1–2 sett.</translation>
    </message>
    <message id="&gt; 2 weeks">
        <source>&gt; 2 weeks</source>
        <translation>&gt; 2 sett.</translation>
    </message>
    <message id="under a week">
        <source>under a week</source>
        <translation>meno di una settimana</translation>
    </message>
    <message id="1-4 weeks">
        <source>1-4 weeks</source>
        <translation>1–4 settimane</translation>
    </message>
    <message id="over 4 weeks">
        <source>over 4 weeks</source>
        <translation>oltre 4 settimane</translation>
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
        <translation>Oggetto: {subject}</translation>
    </message>
</context>
</TS>
