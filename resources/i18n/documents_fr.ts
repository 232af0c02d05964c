<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Layout</name>
    <message id="page">
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
    <message id="tel">
        <source>Tel.</source>
        <translation>Tél.</translation>
    </message>
    <message id="date">
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message id="our_ref">
        <source>Our reference</source>
        <translation>Notre référence</translation>
    </message>
    <message id="telephone">
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message id="letter">
        <source>Letter</source>
        <translation>Lettre</translation>
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
        <translation>Remerciements</translation>
    </message>
    <message id="follow-up">
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message id="acknowledgement">
        <source>Acknowledgement</source>
        <translation>Accusé de réception</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message id="none">
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message id="refund">
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message id="credit">
        <source>Credit</source>
        <translation>Avoir</translation>
    </message>
    <message id="replacement">
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message id="discount">
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message id="gift">
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message id="apology_only">
        <source>Apology only</source>
        <translation>Excuses seules</translation>
    </message>
    <message id="other">
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message id="in_person">
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message id="phone">
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message id="email">
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message id="letter">
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message id="web">
        <source>Web</source>
        <translation>Site web</translation>
    </message>
    <message id="social">
        <source>Social</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message id="other">
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Severities</name>
    <message id="low">
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message id="medium">
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message id="high">
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message id="critical">
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message id="doc_title">
        <source>Service report {month}</source>
        <translation>Rapport de service {month}</translation>
    </message>
    <message id="title">
        <source>Service report: {month}</source>
        <translation>Rapport de service : {month}</translation>
    </message>
    <message id="intro">
        <source>Cases that occurred in {month} (local time). Targets: acknowledge a complaint within {ack} hours, resolve it within {days} days. Prepared {today}.</source>
        <translation>Dossiers survenus en {month} (heure locale). Objectifs : accuser réception d'une réclamation sous {ack} heures, la résoudre sous {days} jours. Établi le {today}.</translation>
    </message>
    <message id="running">
        <source> {name} is not over yet: these are the figures so far, against the whole of last month.</source>
        <translation> Le mois de {name} n'est pas terminé : voici les chiffres à ce jour, comparés à l'ensemble du mois précédent.</translation>
    </message>
    <message id="empty">
        <source>No cases were logged in {month}.</source>
        <translation>Aucun dossier enregistré en {month}.</translation>
    </message>
    <message id="empty_text">
        <source>There is nothing to report for this month: no complaints, compliments, questions or requests were recorded. If that is a surprise, check that the team is logging what customers tell them.</source>
        <translation>Rien à signaler pour ce mois : aucune réclamation, aucun compliment, aucune question ni demande n'a été enregistré. Si cela vous surprend, vérifiez que l'équipe note bien ce que les clients lui disent.</translation>
    </message>
    <message id="empty_open_one">
        <source>{n} complaint from earlier months was still open at the end of the month.</source>
        <translation>{n} réclamation des mois précédents était encore ouverte à la fin du mois.</translation>
    </message>
    <message id="empty_open_other">
        <source>{n} complaints from earlier months were still open at the end of the month.</source>
        <translation>{n} réclamations des mois précédents étaient encore ouvertes à la fin du mois.</translation>
    </message>
    <message id="no_figure">
        <source>no figure for {prev}</source>
        <translation>pas de chiffre pour {prev}</translation>
    </message>
    <message id="same">
        <source>= same as {prev}</source>
        <translation>= comme en {prev}</translation>
    </message>
    <message id="versus">
        <source>on {prev} ({before})</source>
        <translation>par rapport à {prev} ({before})</translation>
    </message>
    <message id="tile_cases">
        <source>Cases logged</source>
        <translation>Dossiers enregistrés</translation>
    </message>
    <message id="tile_complaints">
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message id="tile_compliments">
        <source>Compliments</source>
        <translation>Compliments</translation>
    </message>
    <message id="tile_recovered">
        <source>Customers recovered</source>
        <translation>Clients reconquis</translation>
    </message>
    <message id="tile_resolve">
        <source>Median time to resolve</source>
        <translation>Délai médian de résolution</translation>
    </message>
    <message id="tile_satisfaction">
        <source>Satisfaction (of 5)</source>
        <translation>Satisfaction (sur 5)</translation>
    </message>
    <message id="tile_cost">
        <source>Cost of putting it right</source>
        <translation>Coût des gestes commerciaux</translation>
    </message>
    <message id="tile_open">
        <source>Complaints open at month end</source>
        <translation>Réclamations ouvertes en fin de mois</translation>
    </message>
    <message id="on_time">
        <source>Complaints answered on time</source>
        <translation>Réclamations traitées dans les délais</translation>
    </message>
    <message id="ack_within">
        <source>Acknowledged within {h} h</source>
        <translation>Accusé de réception sous {h} h</translation>
    </message>
    <message id="resolved_within">
        <source>Resolved within {d} days</source>
        <translation>Résolues sous {d} jours</translation>
    </message>
    <message id="no_complaints">
        <source>no complaints</source>
        <translation>aucune réclamation</translation>
    </message>
    <message id="part_of">
        <source>{part} of {whole} complaints</source>
        <translation>{part} réclamations sur {whole}</translation>
    </message>
    <message id="hours">
        <source>{v} h</source>
        <translation>{v} h</translation>
    </message>
    <message id="days">
        <source>{v} days</source>
        <translation>{v} jours</translation>
    </message>
    <message id="by_kind">
        <source>Cases by kind</source>
        <translation>Dossiers par type</translation>
    </message>
    <message id="by_category">
        <source>Complaints by category</source>
        <translation>Réclamations par catégorie</translation>
    </message>
    <message id="none_this_month">
        <source>No complaints this month.</source>
        <translation>Aucune réclamation ce mois-ci.</translation>
    </message>
    <message id="largest">
        <source>The 8 largest of {n} categories.</source>
        <translation>Les 8 plus grandes des {n} catégories.</translation>
    </message>
    <message id="no_category">
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message id="kind_complaint">
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message id="kind_compliment">
        <source>Compliments</source>
        <translation>Compliments</translation>
    </message>
    <message id="kind_question">
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message id="kind_request">
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message id="response_times">
        <source>Response times</source>
        <translation>Délais de réponse</translation>
    </message>
    <message id="none_acked">
        <source>none acknowledged yet</source>
        <translation>aucun accusé de réception pour l'instant</translation>
    </message>
    <message id="ack_text">
        <source>Median time to acknowledge a complaint: &lt;b&gt;{median}&lt;/b&gt; (target {h} h); {part} of {whole} acknowledged within target.</source>
        <translation>Délai médian d'accusé de réception : &lt;b&gt;{median}&lt;/b&gt; (objectif {h} h) ; {part} sur {whole} dans les délais.</translation>
    </message>
    <message id="not_acked">
        <source> {n} not acknowledged yet.</source>
        <translation> {n} sans accusé de réception pour l'instant.</translation>
    </message>
    <message id="none_resolved">
        <source>none resolved yet</source>
        <translation>aucune résolue pour l'instant</translation>
    </message>
    <message id="resolve_text">
        <source>Median time to resolve: &lt;b&gt;{median}&lt;/b&gt; (target {d} days); {part} of {whole} resolved within target, {done} resolved so far.</source>
        <translation>Délai médian de résolution : &lt;b&gt;{median}&lt;/b&gt; (objectif {d} jours) ; {part} sur {whole} résolues dans les délais, {done} résolues à ce jour.</translation>
    </message>
    <message id="time_to_ack">
        <source>Time to acknowledge</source>
        <translation>Délai d'accusé de réception</translation>
    </message>
    <message id="time_to_resolve">
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
    <message id="backlog">
        <source>Backlog</source>
        <translation>En attente</translation>
    </message>
    <message id="backlog_clear">
        <source>Every complaint was settled by {date}. Nothing is waiting.</source>
        <translation>Toutes les réclamations étaient réglées au {date}. Rien n'est en attente.</translation>
    </message>
    <message id="open_for">
        <source>Open for</source>
        <translation>Ouverte depuis</translation>
    </message>
    <message id="complaints">
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message id="backlog_one">
        <source>&lt;b&gt;{n}&lt;/b&gt; complaint (from this month or earlier) was still open on {date}.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; réclamation (de ce mois ou d'avant) était encore ouverte le {date}.</translation>
    </message>
    <message id="backlog_other">
        <source>&lt;b&gt;{n}&lt;/b&gt; complaints (from this month or earlier) were still open on {date}.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; réclamations (de ce mois ou d'avant) étaient encore ouvertes le {date}.</translation>
    </message>
    <message id="in_detail">
        <source>Cases in detail</source>
        <translation>Les dossiers en détail</translation>
    </message>
    <message id="category">
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message id="all_cases">
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message id="other_categories">
        <source>{n} other categories</source>
        <translation>{n} autres catégories</translation>
    </message>
    <message id="channel">
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message id="cases">
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message id="severity_head">
        <source>Complaint severity</source>
        <translation>Gravité des réclamations</translation>
    </message>
    <message id="remedies">
        <source>Putting things right</source>
        <translation>Réparer</translation>
    </message>
    <message id="no_remedies">
        <source>No remedies were given this month.</source>
        <translation>Aucun geste commercial ce mois-ci.</translation>
    </message>
    <message id="remedy">
        <source>Remedy</source>
        <translation>Geste</translation>
    </message>
    <message id="cost">
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message id="total">
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message id="remedies_one">
        <source>{n} case received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</source>
        <translation>{n} dossier a donné lieu à un geste commercial, pour un coût total de &lt;b&gt;{cost}&lt;/b&gt;.</translation>
    </message>
    <message id="remedies_other">
        <source>{n} cases received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</source>
        <translation>{n} dossiers ont donné lieu à un geste commercial, pour un coût total de &lt;b&gt;{cost}&lt;/b&gt;.</translation>
    </message>
    <message id="satisfaction">
        <source>Satisfaction and recovered customers</source>
        <translation>Satisfaction et clients reconquis</translation>
    </message>
    <message id="rated_one">
        <source>{n} customer told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</source>
        <translation>{n} client nous a dit son degré de satisfaction : &lt;b&gt;{avg}&lt;/b&gt; sur 5 en moyenne.</translation>
    </message>
    <message id="rated_other">
        <source>{n} customers told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</source>
        <translation>{n} clients nous ont dit leur degré de satisfaction : &lt;b&gt;{avg}&lt;/b&gt; sur 5 en moyenne.</translation>
    </message>
    <message id="not_rated">
        <source>No customer rated their satisfaction this month.</source>
        <translation>Aucun client n'a noté sa satisfaction ce mois-ci.</translation>
    </message>
    <message id="recovered">
        <source>&lt;b&gt;Recovered customers:&lt;/b&gt; {back} of the {n} customers who complained this month have come back. Winning them back is the point of it all.</source>
        <translation>&lt;b&gt;Clients reconquis :&lt;/b&gt; {back} des {n} clients qui ont fait une réclamation ce mois-ci sont revenus. C'est tout l'enjeu.</translation>
    </message>
    <message id="compliments">
        <source>Compliments</source>
        <translation>Compliments</translation>
    </message>
    <message id="no_compliments">
        <source>No compliments were logged this month.</source>
        <translation>Aucun compliment enregistré ce mois-ci.</translation>
    </message>
    <message id="compliments_one">
        <source>&lt;b&gt;{n}&lt;/b&gt; compliment this month.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; compliment ce mois-ci.</translation>
    </message>
    <message id="compliments_other">
        <source>&lt;b&gt;{n}&lt;/b&gt; compliments this month.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; compliments ce mois-ci.</translation>
    </message>
    <message id="shout_outs">
        <source>Compliments and staff shout-outs</source>
        <translation>Compliments et bravo à l'équipe</translation>
    </message>
    <message id="praised">
        <source>Praised by name</source>
        <translation>Cité par son nom</translation>
    </message>
    <message id="others">
        <source>{n} others</source>
        <translation>{n} autres</translation>
    </message>
    <message id="thanks">
        <source>A special thank-you to &lt;b&gt;{top}&lt;/b&gt;, named most often by customers.</source>
        <translation>Un merci tout particulier à &lt;b&gt;{top}&lt;/b&gt;, le plus souvent cité par les clients.</translation>
    </message>
    <message id="lessons">
        <source>Lessons learned</source>
        <translation>Leçons tirées</translation>
    </message>
    <message id="no_lessons">
        <source>No lessons were written down this month.</source>
        <translation>Aucune leçon notée ce mois-ci.</translation>
    </message>
    <message id="and_more">
        <source> and {n} more</source>
        <translation> et {n} autres</translation>
    </message>
    <message id="more_lessons">
        <source>… and {n} more lessons.</source>
        <translation>… et {n} autres leçons.</translation>
    </message>
    <message id="open_list">
        <source>Complaints still open at the end of the month</source>
        <translation>Réclamations encore ouvertes à la fin du mois</translation>
    </message>
    <message id="ref">
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message id="since">
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message id="age">
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message id="severity">
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message id="who_what">
        <source>Customer, category and summary</source>
        <translation>Client, catégorie et résumé</translation>
    </message>
    <message id="now">
        <source>Now</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message id="age_days">
        <source>{n} d</source>
        <translation>{n} j</translation>
    </message>
    <message id="resolved_on">
        <source>resolved {date}</source>
        <translation>résolue le {date}</translation>
    </message>
    <message id="still_open">
        <source>still open</source>
        <translation>encore ouverte</translation>
    </message>
    <message id="oldest_first">
        <source>Oldest first, aged on {date}.</source>
        <translation>Les plus anciennes d'abord, âge au {date}.</translation>
    </message>
    <message id="listed">
        <source> The {n} oldest of {total} are listed.</source>
        <translation> Les {n} plus anciennes sur {total} sont listées.</translation>
    </message>
    <message id="approvals">
        <source>Approvals</source>
        <translation>Validations</translation>
    </message>
    <message id="asked_above">
        <source>Remedies asked for above a person's limit</source>
        <translation>Gestes demandés au-delà d'une limite</translation>
    </message>
    <message id="requested_n">
        <source>Requested</source>
        <translation>Demandés</translation>
    </message>
    <message id="approved_n">
        <source>Approved</source>
        <translation>Validés</translation>
    </message>
    <message id="declined_n">
        <source>Declined</source>
        <translation>Refusés</translation>
    </message>
    <message id="median_decision">
        <source>Median time to a decision</source>
        <translation>Délai médian jusqu'à la décision</translation>
    </message>
    <message id="given_over_n">
        <source>Given above the limit without approval</source>
        <translation>Accordés au-delà de la limite sans validation</translation>
    </message>
    <message id="given_over_note">
        <source>Remedies handed over above a limit without approval wait for the owner's review.</source>
        <translation>Les gestes accordés au-delà d'une limite sans validation attendent l'examen du gérant.</translation>
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
        <translation>1–2 jours</translation>
    </message>
    <message id="&gt; 2 days">
        <source>&gt; 2 days</source>
        <translation>&gt; 2 jours</translation>
    </message>
    <message id="&lt; 1 day">
        <source>&lt; 1 day</source>
        <translation>&lt; 1 jour</translation>
    </message>
    <message id="1-3 days">
        <source>1-3 days</source>
        <translation>1–3 jours</translation>
    </message>
    <message id="3-7 days">
        <source>3-7 days</source>
        <translation>3–7 jours</translation>
    </message>
    <message id="1-2 weeks">
        <source>1-2 weeks</source>
        <translation>1–2 sem.</translation>
    </message>
    <message id="&gt; 2 weeks">
        <source>&gt; 2 weeks</source>
        <translation>&gt; 2 sem.</translation>
    </message>
    <message id="under a week">
        <source>under a week</source>
        <translation>moins d'une semaine</translation>
    </message>
    <message id="1-4 weeks">
        <source>1-4 weeks</source>
        <translation>1 à 4 semaines</translation>
    </message>
    <message id="over 4 weeks">
        <source>over 4 weeks</source>
        <translation>plus de 4 semaines</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message id="date_line">
        <source>{town}, {date}</source>
        <translation>{town}, le {date}</translation>
    </message>
    <message id="subject">
        <source>{subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
</context>
</TS>
