<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Layout</name>
    <message id="page">
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message id="tel">
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
    <message id="date">
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message id="our_ref">
        <source>Our reference</source>
        <translation>Nuestra referencia</translation>
    </message>
    <message id="telephone">
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message id="letter">
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
</context>
<context>
    <name>LetterNames</name>
    <message id="apology">
        <source>Apology</source>
        <translation>Disculpa</translation>
    </message>
    <message id="thank-you">
        <source>Thank-you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message id="follow-up">
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message id="acknowledgement">
        <source>Acknowledgement</source>
        <translation>Acuse de recibo</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message id="none">
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message id="refund">
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message id="credit">
        <source>Credit</source>
        <translation>Vale</translation>
    </message>
    <message id="replacement">
        <source>Replacement</source>
        <translation>Sustitución</translation>
    </message>
    <message id="discount">
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message id="gift">
        <source>Gift</source>
        <translation>Obsequio</translation>
    </message>
    <message id="apology_only">
        <source>Apology only</source>
        <translation>Solo disculpas</translation>
    </message>
    <message id="other">
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message id="in_person">
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message id="phone">
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message id="email">
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message id="letter">
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message id="web">
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message id="social">
        <source>Social</source>
        <translation>Redes sociales</translation>
    </message>
    <message id="other">
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>Severities</name>
    <message id="low">
        <source>Low</source>
        <translation>Baja</translation>
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
        <translation>Crítica</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message id="doc_title">
        <source>Service report {month}</source>
        <translation>Informe de servicio {month}</translation>
    </message>
    <message id="title">
        <source>Service report: {month}</source>
        <translation>Informe de servicio: {month}</translation>
    </message>
    <message id="intro">
        <source>Cases that occurred in {month} (local time). Targets: acknowledge a complaint within {ack} hours, resolve it within {days} days. Prepared {today}.</source>
        <translation>Casos ocurridos en {month} (hora local). Objetivos: acusar recibo de una reclamación en {ack} horas y resolverla en {days} días. Elaborado el {today}.</translation>
    </message>
    <message id="running">
        <source> {name} is not over yet: these are the figures so far, against the whole of last month.</source>
        <translation> El mes de {name} aún no ha terminado: estas son las cifras hasta ahora, frente al mes anterior completo.</translation>
    </message>
    <message id="empty">
        <source>No cases were logged in {month}.</source>
        <translation>No se registró ningún caso en {month}.</translation>
    </message>
    <message id="empty_text">
        <source>There is nothing to report for this month: no complaints, compliments, questions or requests were recorded. If that is a surprise, check that the team is logging what customers tell them.</source>
        <translation>No hay nada que informar este mes: no se registraron reclamaciones, elogios, preguntas ni peticiones. Si le sorprende, compruebe que el equipo anota lo que le cuentan los clientes.</translation>
    </message>
    <message id="empty_open_one">
        <source>{n} complaint from earlier months was still open at the end of the month.</source>
        <translation>{n} reclamación de meses anteriores seguía abierta al final del mes.</translation>
    </message>
    <message id="empty_open_other">
        <source>{n} complaints from earlier months were still open at the end of the month.</source>
        <translation>{n} reclamaciones de meses anteriores seguían abiertas al final del mes.</translation>
    </message>
    <message id="no_figure">
        <source>no figure for {prev}</source>
        <translation>sin dato para {prev}</translation>
    </message>
    <message id="same">
        <source>= same as {prev}</source>
        <translation>= igual que en {prev}</translation>
    </message>
    <message id="versus">
        <source>on {prev} ({before})</source>
        <translation>frente a {prev} ({before})</translation>
    </message>
    <message id="tile_cases">
        <source>Cases logged</source>
        <translation>Casos registrados</translation>
    </message>
    <message id="tile_complaints">
        <source>Complaints</source>
        <translation>Reclamaciones</translation>
    </message>
    <message id="tile_compliments">
        <source>Compliments</source>
        <translation>Elogios</translation>
    </message>
    <message id="tile_recovered">
        <source>Customers recovered</source>
        <translation>Clientes recuperados</translation>
    </message>
    <message id="tile_resolve">
        <source>Median time to resolve</source>
        <translation>Tiempo mediano de resolución</translation>
    </message>
    <message id="tile_satisfaction">
        <source>Satisfaction (of 5)</source>
        <translation>Satisfacción (de 5)</translation>
    </message>
    <message id="tile_cost">
        <source>Cost of putting it right</source>
        <translation>Coste de las compensaciones</translation>
    </message>
    <message id="tile_open">
        <source>Complaints open at month end</source>
        <translation>Reclamaciones abiertas a fin de mes</translation>
    </message>
    <message id="on_time">
        <source>Complaints answered on time</source>
        <translation>Reclamaciones atendidas a tiempo</translation>
    </message>
    <message id="ack_within">
        <source>Acknowledged within {h} h</source>
        <translation>Acuse de recibo en {h} h</translation>
    </message>
    <message id="resolved_within">
        <source>Resolved within {d} days</source>
        <translation>Resueltas en {d} días</translation>
    </message>
    <message id="no_complaints">
        <source>no complaints</source>
        <translation>sin reclamaciones</translation>
    </message>
    <message id="part_of">
        <source>{part} of {whole} complaints</source>
        <translation>{part} de {whole} reclamaciones</translation>
    </message>
    <message id="hours">
        <source>{v} h</source>
        <translation>{v} h</translation>
    </message>
    <message id="days">
        <source>{v} days</source>
        <translation>{v} días</translation>
    </message>
    <message id="by_kind">
        <source>Cases by kind</source>
        <translation>Casos por tipo</translation>
    </message>
    <message id="by_category">
        <source>Complaints by category</source>
        <translation>Reclamaciones por categoría</translation>
    </message>
    <message id="none_this_month">
        <source>No complaints this month.</source>
        <translation>Ninguna reclamación este mes.</translation>
    </message>
    <message id="largest">
        <source>The 8 largest of {n} categories.</source>
        <translation>Las 8 mayores de {n} categorías.</translation>
    </message>
    <message id="no_category">
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message id="kind_complaint">
        <source>Complaints</source>
        <translation>Reclamaciones</translation>
    </message>
    <message id="kind_compliment">
        <source>Compliments</source>
        <translation>Elogios</translation>
    </message>
    <message id="kind_question">
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message id="kind_request">
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message id="response_times">
        <source>Response times</source>
        <translation>Tiempos de respuesta</translation>
    </message>
    <message id="none_acked">
        <source>none acknowledged yet</source>
        <translation>ninguna con acuse de recibo aún</translation>
    </message>
    <message id="ack_text">
        <source>Median time to acknowledge a complaint: &lt;b&gt;{median}&lt;/b&gt; (target {h} h); {part} of {whole} acknowledged within target.</source>
        <translation>Tiempo mediano hasta el acuse de recibo: &lt;b&gt;{median}&lt;/b&gt; (objetivo {h} h); {part} de {whole} dentro del objetivo.</translation>
    </message>
    <message id="not_acked">
        <source> {n} not acknowledged yet.</source>
        <translation> {n} aún sin acuse de recibo.</translation>
    </message>
    <message id="none_resolved">
        <source>none resolved yet</source>
        <translation>ninguna resuelta aún</translation>
    </message>
    <message id="resolve_text">
        <source>Median time to resolve: &lt;b&gt;{median}&lt;/b&gt; (target {d} days); {part} of {whole} resolved within target, {done} resolved so far.</source>
        <translation>Tiempo mediano de resolución: &lt;b&gt;{median}&lt;/b&gt; (objetivo {d} días); {part} de {whole} resueltas dentro del objetivo, {done} resueltas hasta ahora.</translation>
    </message>
    <message id="time_to_ack">
        <source>Time to acknowledge</source>
        <translation>Tiempo hasta el acuse de recibo</translation>
    </message>
    <message id="time_to_resolve">
        <source>Time to resolve</source>
        <translation>Tiempo de resolución</translation>
    </message>
    <message id="backlog">
        <source>Backlog</source>
        <translation>Pendientes</translation>
    </message>
    <message id="backlog_clear">
        <source>Every complaint was settled by {date}. Nothing is waiting.</source>
        <translation>Todas las reclamaciones estaban resueltas el {date}. No queda nada pendiente.</translation>
    </message>
    <message id="open_for">
        <source>Open for</source>
        <translation>Abierta desde hace</translation>
    </message>
    <message id="complaints">
        <source>Complaints</source>
        <translation>Reclamaciones</translation>
    </message>
    <message id="backlog_one">
        <source>&lt;b&gt;{n}&lt;/b&gt; complaint (from this month or earlier) was still open on {date}.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; reclamación (de este mes o anteriores) seguía abierta el {date}.</translation>
    </message>
    <message id="backlog_other">
        <source>&lt;b&gt;{n}&lt;/b&gt; complaints (from this month or earlier) were still open on {date}.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; reclamaciones (de este mes o anteriores) seguían abiertas el {date}.</translation>
    </message>
    <message id="in_detail">
        <source>Cases in detail</source>
        <translation>Los casos en detalle</translation>
    </message>
    <message id="category">
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message id="all_cases">
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message id="other_categories">
        <source>{n} other categories</source>
        <translation>{n} categorías más</translation>
    </message>
    <message id="channel">
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message id="cases">
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message id="severity_head">
        <source>Complaint severity</source>
        <translation>Gravedad de la reclamación</translation>
    </message>
    <message id="remedies">
        <source>Putting things right</source>
        <translation>Compensaciones</translation>
    </message>
    <message id="no_remedies">
        <source>No remedies were given this month.</source>
        <translation>Este mes no se dio ninguna compensación.</translation>
    </message>
    <message id="remedy">
        <source>Remedy</source>
        <translation>Compensación</translation>
    </message>
    <message id="cost">
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message id="total">
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message id="remedies_one">
        <source>{n} case received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</source>
        <translation>{n} caso recibió una compensación, con un coste total de &lt;b&gt;{cost}&lt;/b&gt;.</translation>
    </message>
    <message id="remedies_other">
        <source>{n} cases received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</source>
        <translation>{n} casos recibieron una compensación, con un coste total de &lt;b&gt;{cost}&lt;/b&gt;.</translation>
    </message>
    <message id="satisfaction">
        <source>Satisfaction and recovered customers</source>
        <translation>Satisfacción y clientes recuperados</translation>
    </message>
    <message id="rated_one">
        <source>{n} customer told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</source>
        <translation>{n} cliente nos dijo lo satisfecho que quedó: una media de &lt;b&gt;{avg}&lt;/b&gt; sobre 5.</translation>
    </message>
    <message id="rated_other">
        <source>{n} customers told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</source>
        <translation>{n} clientes nos dijeron lo satisfechos que quedaron: una media de &lt;b&gt;{avg}&lt;/b&gt; sobre 5.</translation>
    </message>
    <message id="not_rated">
        <source>No customer rated their satisfaction this month.</source>
        <translation>Ningún cliente valoró su satisfacción este mes.</translation>
    </message>
    <message id="recovered">
        <source>&lt;b&gt;Recovered customers:&lt;/b&gt; {back} of the {n} customers who complained this month have come back. Winning them back is the point of it all.</source>
        <translation>&lt;b&gt;Clientes recuperados:&lt;/b&gt; {back} de los {n} clientes que reclamaron este mes han vuelto. De eso se trata.</translation>
    </message>
    <message id="compliments">
        <source>Compliments</source>
        <translation>Elogios</translation>
    </message>
    <message id="no_compliments">
        <source>No compliments were logged this month.</source>
        <translation>Este mes no se registró ningún elogio.</translation>
    </message>
    <message id="compliments_one">
        <source>&lt;b&gt;{n}&lt;/b&gt; compliment this month.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; elogio este mes.</translation>
    </message>
    <message id="compliments_other">
        <source>&lt;b&gt;{n}&lt;/b&gt; compliments this month.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; elogios este mes.</translation>
    </message>
    <message id="shout_outs">
        <source>Compliments and staff shout-outs</source>
        <translation>Elogios y reconocimiento al equipo</translation>
    </message>
    <message id="praised">
        <source>Praised by name</source>
        <translation>Elogiado por su nombre</translation>
    </message>
    <message id="others">
        <source>{n} others</source>
        <translation>{n} más</translation>
    </message>
    <message id="thanks">
        <source>A special thank-you to &lt;b&gt;{top}&lt;/b&gt;, named most often by customers.</source>
        <translation>Un agradecimiento especial a &lt;b&gt;{top}&lt;/b&gt;, a quien más nombran los clientes.</translation>
    </message>
    <message id="lessons">
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message id="no_lessons">
        <source>No lessons were written down this month.</source>
        <translation>Este mes no se anotó ninguna lección.</translation>
    </message>
    <message id="and_more">
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message id="more_lessons">
        <source>… and {n} more lessons.</source>
        <translation>… y {n} lecciones más.</translation>
    </message>
    <message id="open_list">
        <source>Complaints still open at the end of the month</source>
        <translation>Reclamaciones aún abiertas al final del mes</translation>
    </message>
    <message id="ref">
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message id="since">
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message id="age">
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message id="severity">
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message id="who_what">
        <source>Customer, category and summary</source>
        <translation>Cliente, categoría y resumen</translation>
    </message>
    <message id="now">
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message id="age_days">
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
    <message id="resolved_on">
        <source>resolved {date}</source>
        <translation>resuelta el {date}</translation>
    </message>
    <message id="still_open">
        <source>still open</source>
        <translation>aún abierta</translation>
    </message>
    <message id="oldest_first">
        <source>Oldest first, aged on {date}.</source>
        <translation>Las más antiguas primero, antigüedad al {date}.</translation>
    </message>
    <message id="listed">
        <source> The {n} oldest of {total} are listed.</source>
        <translation> Se muestran las {n} más antiguas de {total}.</translation>
    </message>
    <message id="approvals">
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message id="asked_above">
        <source>Remedies asked for above a person's limit</source>
        <translation>Compensaciones pedidas por encima de un límite</translation>
    </message>
    <message id="requested_n">
        <source>Requested</source>
        <translation>Pedidas</translation>
    </message>
    <message id="approved_n">
        <source>Approved</source>
        <translation>Aprobadas</translation>
    </message>
    <message id="declined_n">
        <source>Declined</source>
        <translation>Rechazadas</translation>
    </message>
    <message id="median_decision">
        <source>Median time to a decision</source>
        <translation>Tiempo mediano hasta la decisión</translation>
    </message>
    <message id="given_over_n">
        <source>Given above the limit without approval</source>
        <translation>Dadas por encima del límite sin aprobación</translation>
    </message>
    <message id="given_over_note">
        <source>Remedies handed over above a limit without approval wait for the owner's review.</source>
        <translation>Las compensaciones dadas por encima de un límite sin aprobación esperan la revisión del propietario.</translation>
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
        <translation>1–2 días</translation>
    </message>
    <message id="&gt; 2 days">
        <source>&gt; 2 days</source>
        <translation>&gt; 2 días</translation>
    </message>
    <message id="&lt; 1 day">
        <source>&lt; 1 day</source>
        <translation>&lt; 1 día</translation>
    </message>
    <message id="1-3 days">
        <source>1-3 days</source>
        <translation>1–3 días</translation>
    </message>
    <message id="3-7 days">
        <source>3-7 days</source>
        <translation>3–7 días</translation>
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
        <translation>menos de una semana</translation>
    </message>
    <message id="1-4 weeks">
        <source>1-4 weeks</source>
        <translation>1 a 4 semanas</translation>
    </message>
    <message id="over 4 weeks">
        <source>over 4 weeks</source>
        <translation>más de 4 semanas</translation>
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
        <translation>Asunto: {subject}</translation>
    </message>
</context>
</TS>
