<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Layout</name>
    <message id="page">
        <source>Page {n} of {total}</source>
        <translation>Pagina {n} van {total}</translation>
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
        <translation>Ons kenmerk</translation>
    </message>
    <message id="telephone">
        <source>Telephone</source>
        <translation>Telefoon</translation>
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
        <translation>Excuses</translation>
    </message>
    <message id="thank-you">
        <source>Thank-you</source>
        <translation>Bedankt</translation>
    </message>
    <message id="follow-up">
        <source>Follow-up</source>
        <translation>Nazorg</translation>
    </message>
    <message id="acknowledgement">
        <source>Acknowledgement</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message id="none">
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message id="refund">
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message id="credit">
        <source>Credit</source>
        <translation>Tegoed</translation>
    </message>
    <message id="replacement">
        <source>Replacement</source>
        <translation>Vervanging</translation>
    </message>
    <message id="discount">
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message id="gift">
        <source>Gift</source>
        <translation>Attentie</translation>
    </message>
    <message id="apology_only">
        <source>Apology only</source>
        <translation>Alleen excuses</translation>
    </message>
    <message id="other">
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message id="in_person">
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message id="phone">
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message id="email">
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Sociale media</translation>
    </message>
    <message id="other">
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>Severities</name>
    <message id="low">
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message id="medium">
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message id="high">
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message id="critical">
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message id="doc_title">
        <source>Service report {month}</source>
        <translation>Servicerapport {month}</translation>
    </message>
    <message id="title">
        <source>Service report: {month}</source>
        <translation>Servicerapport: {month}</translation>
    </message>
    <message id="intro">
        <source>Cases that occurred in {month} (local time). Targets: acknowledge a complaint within {ack} hours, resolve it within {days} days. Prepared {today}.</source>
        <translation>Gevallen die zich voordeden in {month} (lokale tijd). Doelen: een klacht binnen {ack} uur bevestigen en binnen {days} dagen oplossen. Opgesteld op {today}.</translation>
    </message>
    <message id="running">
        <source> {name} is not over yet: these are the figures so far, against the whole of last month.</source>
        <translation> {name} is nog niet voorbij: dit zijn de cijfers tot nu toe, vergeleken met de hele vorige maand.</translation>
    </message>
    <message id="empty">
        <source>No cases were logged in {month}.</source>
        <translation>In {month} zijn geen gevallen vastgelegd.</translation>
    </message>
    <message id="empty_text">
        <source>There is nothing to report for this month: no complaints, compliments, questions or requests were recorded. If that is a surprise, check that the team is logging what customers tell them.</source>
        <translation>Er valt deze maand niets te melden: er zijn geen klachten, complimenten, vragen of verzoeken vastgelegd. Verbaast u dat, ga dan na of het team noteert wat klanten vertellen.</translation>
    </message>
    <message id="empty_open_one">
        <source>{n} complaint from earlier months was still open at the end of the month.</source>
        <translation>{n} klacht uit eerdere maanden stond aan het eind van de maand nog open.</translation>
    </message>
    <message id="empty_open_other">
        <source>{n} complaints from earlier months were still open at the end of the month.</source>
        <translation>{n} klachten uit eerdere maanden stonden aan het eind van de maand nog open.</translation>
    </message>
    <message id="no_figure">
        <source>no figure for {prev}</source>
        <translation>geen cijfer voor {prev}</translation>
    </message>
    <message id="same">
        <source>= same as {prev}</source>
        <translation>= gelijk aan {prev}</translation>
    </message>
    <message id="versus">
        <source>on {prev} ({before})</source>
        <translation>t.o.v. {prev} ({before})</translation>
    </message>
    <message id="tile_cases">
        <source>Cases logged</source>
        <translation>Vastgelegde gevallen</translation>
    </message>
    <message id="tile_complaints">
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message id="tile_compliments">
        <source>Compliments</source>
        <translation>Complimenten</translation>
    </message>
    <message id="tile_recovered">
        <source>Customers recovered</source>
        <translation>Teruggewonnen klanten</translation>
    </message>
    <message id="tile_resolve">
        <source>Median time to resolve</source>
        <translation>Mediane oplostijd</translation>
    </message>
    <message id="tile_satisfaction">
        <source>Satisfaction (of 5)</source>
        <translation>Tevredenheid (van 5)</translation>
    </message>
    <message id="tile_cost">
        <source>Cost of putting it right</source>
        <translation>Kosten van het goedmaken</translation>
    </message>
    <message id="tile_open">
        <source>Complaints open at month end</source>
        <translation>Open klachten aan het eind van de maand</translation>
    </message>
    <message id="on_time">
        <source>Complaints answered on time</source>
        <translation>Klachten op tijd afgehandeld</translation>
    </message>
    <message id="ack_within">
        <source>Acknowledged within {h} h</source>
        <translation>Bevestigd binnen {h} u</translation>
    </message>
    <message id="resolved_within">
        <source>Resolved within {d} days</source>
        <translation>Opgelost binnen {d} dagen</translation>
    </message>
    <message id="no_complaints">
        <source>no complaints</source>
        <translation>geen klachten</translation>
    </message>
    <message id="part_of">
        <source>{part} of {whole} complaints</source>
        <translation>{part} van {whole} klachten</translation>
    </message>
    <message id="hours">
        <source>{v} h</source>
        <translation>{v} u</translation>
    </message>
    <message id="days">
        <source>{v} days</source>
        <translation>{v} dagen</translation>
    </message>
    <message id="by_kind">
        <source>Cases by kind</source>
        <translation>Gevallen per soort</translation>
    </message>
    <message id="by_category">
        <source>Complaints by category</source>
        <translation>Klachten per categorie</translation>
    </message>
    <message id="none_this_month">
        <source>No complaints this month.</source>
        <translation>Geen klachten deze maand.</translation>
    </message>
    <message id="largest">
        <source>The 8 largest of {n} categories.</source>
        <translation>De 8 grootste van {n} categorieën.</translation>
    </message>
    <message id="no_category">
        <source>(no category)</source>
        <translation>(geen categorie)</translation>
    </message>
    <message id="kind_complaint">
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message id="kind_compliment">
        <source>Compliments</source>
        <translation>Complimenten</translation>
    </message>
    <message id="kind_question">
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message id="kind_request">
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message id="response_times">
        <source>Response times</source>
        <translation>Reactietijden</translation>
    </message>
    <message id="none_acked">
        <source>none acknowledged yet</source>
        <translation>nog geen bevestigd</translation>
    </message>
    <message id="ack_text">
        <source>Median time to acknowledge a complaint: &lt;b&gt;{median}&lt;/b&gt; (target {h} h); {part} of {whole} acknowledged within target.</source>
        <translation>Mediane tijd tot bevestiging van een klacht: &lt;b&gt;{median}&lt;/b&gt; (doel {h} u); {part} van {whole} binnen het doel bevestigd.</translation>
    </message>
    <message id="not_acked">
        <source> {n} not acknowledged yet.</source>
        <translation> {n} nog niet bevestigd.</translation>
    </message>
    <message id="none_resolved">
        <source>none resolved yet</source>
        <translation>nog geen opgelost</translation>
    </message>
    <message id="resolve_text">
        <source>Median time to resolve: &lt;b&gt;{median}&lt;/b&gt; (target {d} days); {part} of {whole} resolved within target, {done} resolved so far.</source>
        <translation>Mediane oplostijd: &lt;b&gt;{median}&lt;/b&gt; (doel {d} dagen); {part} van {whole} binnen het doel opgelost, {done} tot nu toe opgelost.</translation>
    </message>
    <message id="time_to_ack">
        <source>Time to acknowledge</source>
        <translation>Tijd tot bevestiging</translation>
    </message>
    <message id="time_to_resolve">
        <source>Time to resolve</source>
        <translation>Tijd tot oplossing</translation>
    </message>
    <message id="backlog">
        <source>Backlog</source>
        <translation>Achterstand</translation>
    </message>
    <message id="backlog_clear">
        <source>Every complaint was settled by {date}. Nothing is waiting.</source>
        <translation>Op {date} was elke klacht afgehandeld. Er ligt niets meer.</translation>
    </message>
    <message id="open_for">
        <source>Open for</source>
        <translation>Open sinds</translation>
    </message>
    <message id="complaints">
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message id="backlog_one">
        <source>&lt;b&gt;{n}&lt;/b&gt; complaint (from this month or earlier) was still open on {date}.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; klacht (van deze maand of eerder) stond op {date} nog open.</translation>
    </message>
    <message id="backlog_other">
        <source>&lt;b&gt;{n}&lt;/b&gt; complaints (from this month or earlier) were still open on {date}.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; klachten (van deze maand of eerder) stonden op {date} nog open.</translation>
    </message>
    <message id="in_detail">
        <source>Cases in detail</source>
        <translation>Gevallen in detail</translation>
    </message>
    <message id="category">
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message id="all_cases">
        <source>All cases</source>
        <translation>Alle gevallen</translation>
    </message>
    <message id="other_categories">
        <source>{n} other categories</source>
        <translation>{n} andere categorieën</translation>
    </message>
    <message id="channel">
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message id="cases">
        <source>Cases</source>
        <translation>Gevallen</translation>
    </message>
    <message id="severity_head">
        <source>Complaint severity</source>
        <translation>Ernst van de klacht</translation>
    </message>
    <message id="remedies">
        <source>Putting things right</source>
        <translation>Goedmaken</translation>
    </message>
    <message id="no_remedies">
        <source>No remedies were given this month.</source>
        <translation>Deze maand is er niets goedgemaakt.</translation>
    </message>
    <message id="remedy">
        <source>Remedy</source>
        <translation>Oplossing</translation>
    </message>
    <message id="cost">
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message id="total">
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message id="remedies_one">
        <source>{n} case received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</source>
        <translation>In {n} geval is iets goedgemaakt, in totaal &lt;b&gt;{cost}&lt;/b&gt;.</translation>
    </message>
    <message id="remedies_other">
        <source>{n} cases received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</source>
        <translation>In {n} gevallen is iets goedgemaakt, in totaal &lt;b&gt;{cost}&lt;/b&gt;.</translation>
    </message>
    <message id="satisfaction">
        <source>Satisfaction and recovered customers</source>
        <translation>Tevredenheid en teruggewonnen klanten</translation>
    </message>
    <message id="rated_one">
        <source>{n} customer told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</source>
        <translation>{n} klant vertelde ons hoe tevreden hij of zij was: gemiddeld &lt;b&gt;{avg}&lt;/b&gt; van 5.</translation>
    </message>
    <message id="rated_other">
        <source>{n} customers told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</source>
        <translation>{n} klanten vertelden ons hoe tevreden ze waren: gemiddeld &lt;b&gt;{avg}&lt;/b&gt; van 5.</translation>
    </message>
    <message id="not_rated">
        <source>No customer rated their satisfaction this month.</source>
        <translation>Deze maand heeft geen klant een tevredenheidscijfer gegeven.</translation>
    </message>
    <message id="recovered">
        <source>&lt;b&gt;Recovered customers:&lt;/b&gt; {back} of the {n} customers who complained this month have come back. Winning them back is the point of it all.</source>
        <translation>&lt;b&gt;Teruggewonnen klanten:&lt;/b&gt; {back} van de {n} klanten die deze maand klaagden, zijn teruggekomen. Daar draait het om.</translation>
    </message>
    <message id="compliments">
        <source>Compliments</source>
        <translation>Complimenten</translation>
    </message>
    <message id="no_compliments">
        <source>No compliments were logged this month.</source>
        <translation>Deze maand zijn geen complimenten vastgelegd.</translation>
    </message>
    <message id="compliments_one">
        <source>&lt;b&gt;{n}&lt;/b&gt; compliment this month.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; compliment deze maand.</translation>
    </message>
    <message id="compliments_other">
        <source>&lt;b&gt;{n}&lt;/b&gt; compliments this month.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; complimenten deze maand.</translation>
    </message>
    <message id="shout_outs">
        <source>Compliments and staff shout-outs</source>
        <translation>Complimenten en een pluim voor het team</translation>
    </message>
    <message id="praised">
        <source>Praised by name</source>
        <translation>Bij naam genoemd</translation>
    </message>
    <message id="others">
        <source>{n} others</source>
        <translation>{n} anderen</translation>
    </message>
    <message id="thanks">
        <source>A special thank-you to &lt;b&gt;{top}&lt;/b&gt;, named most often by customers.</source>
        <translation>Een speciaal woord van dank aan &lt;b&gt;{top}&lt;/b&gt;, het vaakst genoemd door klanten.</translation>
    </message>
    <message id="lessons">
        <source>Lessons learned</source>
        <translation>Geleerde lessen</translation>
    </message>
    <message id="no_lessons">
        <source>No lessons were written down this month.</source>
        <translation>Deze maand zijn geen lessen genoteerd.</translation>
    </message>
    <message id="and_more">
        <source> and {n} more</source>
        <translation> en {n} meer</translation>
    </message>
    <message id="more_lessons">
        <source>… and {n} more lessons.</source>
        <translation>… en nog {n} lessen.</translation>
    </message>
    <message id="open_list">
        <source>Complaints still open at the end of the month</source>
        <translation>Klachten die aan het eind van de maand nog open stonden</translation>
    </message>
    <message id="ref">
        <source>Ref</source>
        <translation>Kenmerk</translation>
    </message>
    <message id="since">
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message id="age">
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message id="severity">
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message id="who_what">
        <source>Customer, category and summary</source>
        <translation>Klant, categorie en samenvatting</translation>
    </message>
    <message id="now">
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message id="age_days">
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
    <message id="resolved_on">
        <source>resolved {date}</source>
        <translation>opgelost {date}</translation>
    </message>
    <message id="still_open">
        <source>still open</source>
        <translation>nog open</translation>
    </message>
    <message id="oldest_first">
        <source>Oldest first, aged on {date}.</source>
        <translation>Oudste eerst, leeftijd op {date}.</translation>
    </message>
    <message id="listed">
        <source> The {n} oldest of {total} are listed.</source>
        <translation> De {n} oudste van {total} staan in de lijst.</translation>
    </message>
    <message id="approvals">
        <source>Approvals</source>
        <translation>Goedkeuringen</translation>
    </message>
    <message id="asked_above">
        <source>Remedies asked for above a person's limit</source>
        <translation>Gevraagd boven iemands limiet</translation>
    </message>
    <message id="requested_n">
        <source>Requested</source>
        <translation>Gevraagd</translation>
    </message>
    <message id="approved_n">
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message id="declined_n">
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message id="median_decision">
        <source>Median time to a decision</source>
        <translation>Mediane tijd tot een besluit</translation>
    </message>
    <message id="given_over_n">
        <source>Given above the limit without approval</source>
        <translation>Boven de limiet gegeven zonder goedkeuring</translation>
    </message>
    <message id="given_over_note">
        <source>Remedies handed over above a limit without approval wait for the owner's review.</source>
        <translation>Wat zonder goedkeuring boven een limiet is gegeven, wacht op de beoordeling van de eigenaar.</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message id="&lt; 1 h">
        <source>&lt; 1 h</source>
        <translation>&lt; 1 u</translation>
    </message>
    <message id="1-4 h">
        <source>1-4 h</source>
        <translation>1–4 u</translation>
    </message>
    <message id="4-24 h">
        <source>4-24 h</source>
        <translation>4–24 u</translation>
    </message>
    <message id="1-2 days">
        <source>1-2 days</source>
        <translation>1–2 dagen</translation>
    </message>
    <message id="&gt; 2 days">
        <source>&gt; 2 days</source>
        <translation>&gt; 2 dagen</translation>
    </message>
    <message id="&lt; 1 day">
        <source>&lt; 1 day</source>
        <translation>&lt; 1 dag</translation>
    </message>
    <message id="1-3 days">
        <source>1-3 days</source>
        <translation>1–3 dagen</translation>
    </message>
    <message id="3-7 days">
        <source>3-7 days</source>
        <translation>3–7 dagen</translation>
    </message>
    <message id="1-2 weeks">
        <source>1-2 weeks</source>
        <translation>1–2 wk.</translation>
    </message>
    <message id="&gt; 2 weeks">
        <source>&gt; 2 weeks</source>
        <translation>&gt; 2 wk.</translation>
    </message>
    <message id="under a week">
        <source>under a week</source>
        <translation>minder dan een week</translation>
    </message>
    <message id="1-4 weeks">
        <source>1-4 weeks</source>
        <translation>1–4 weken</translation>
    </message>
    <message id="over 4 weeks">
        <source>over 4 weeks</source>
        <translation>meer dan 4 weken</translation>
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
        <translation>Betreft: {subject}</translation>
    </message>
</context>
</TS>
