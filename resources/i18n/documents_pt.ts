<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
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
        <translation>Data</translation>
    </message>
    <message id="our_ref">
        <source>Our reference</source>
        <translation>Nossa referência</translation>
    </message>
    <message id="telephone">
        <source>Telephone</source>
        <translation>Telefone</translation>
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
        <translation>Pedido de desculpa</translation>
    </message>
    <message id="thank-you">
        <source>Thank-you</source>
        <translation>Agradecimento</translation>
    </message>
    <message id="follow-up">
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message id="acknowledgement">
        <source>Acknowledgement</source>
        <translation>Aviso de receção</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message id="none">
        <source>None</source>
        <translation>Nenhuma</translation>
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
        <translation>Substituição</translation>
    </message>
    <message id="discount">
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message id="gift">
        <source>Gift</source>
        <translation>Oferta</translation>
    </message>
    <message id="apology_only">
        <source>Apology only</source>
        <translation>Apenas desculpas</translation>
    </message>
    <message id="other">
        <source>Other</source>
        <translation>Outra</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message id="in_person">
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message id="phone">
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message id="email">
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message id="letter">
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message id="web">
        <source>Web</source>
        <translation>Site</translation>
    </message>
    <message id="social">
        <source>Social</source>
        <translation>Redes sociais</translation>
    </message>
    <message id="other">
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>Severities</name>
    <message id="low">
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message id="medium">
        <source>Medium</source>
        <translation>Média</translation>
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
        <translation>Relatório de serviço {month}</translation>
    </message>
    <message id="title">
        <source>Service report: {month}</source>
        <translation>Relatório de serviço: {month}</translation>
    </message>
    <message id="intro">
        <source>Cases that occurred in {month} (local time). Targets: acknowledge a complaint within {ack} hours, resolve it within {days} days. Prepared {today}.</source>
        <translation>Casos ocorridos em {month} (hora local). Objetivos: confirmar a receção de uma reclamação em {ack} horas e resolvê-la em {days} dias. Elaborado a {today}.</translation>
    </message>
    <message id="running">
        <source> {name} is not over yet: these are the figures so far, against the whole of last month.</source>
        <translation> O mês de {name} ainda não terminou: estes são os números até agora, comparados com todo o mês anterior.</translation>
    </message>
    <message id="empty">
        <source>No cases were logged in {month}.</source>
        <translation>Não foi registado nenhum caso em {month}.</translation>
    </message>
    <message id="empty_text">
        <source>There is nothing to report for this month: no complaints, compliments, questions or requests were recorded. If that is a surprise, check that the team is logging what customers tell them.</source>
        <translation>Não há nada a relatar este mês: não foram registadas reclamações, elogios, perguntas nem pedidos. Se isso o surpreende, confirme que a equipa regista o que os clientes lhe dizem.</translation>
    </message>
    <message id="empty_open_one">
        <source>{n} complaint from earlier months was still open at the end of the month.</source>
        <translation>{n} reclamação de meses anteriores continuava aberta no fim do mês.</translation>
    </message>
    <message id="empty_open_other">
        <source>{n} complaints from earlier months were still open at the end of the month.</source>
        <translation>{n} reclamações de meses anteriores continuavam abertas no fim do mês.</translation>
    </message>
    <message id="no_figure">
        <source>no figure for {prev}</source>
        <translation>sem valor para {prev}</translation>
    </message>
    <message id="same">
        <source>= same as {prev}</source>
        <translation>= igual a {prev}</translation>
    </message>
    <message id="versus">
        <source>on {prev} ({before})</source>
        <translation>face a {prev} ({before})</translation>
    </message>
    <message id="tile_cases">
        <source>Cases logged</source>
        <translation>Casos registados</translation>
    </message>
    <message id="tile_complaints">
        <source>Complaints</source>
        <translation>Reclamações</translation>
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
        <translation>Tempo mediano de resolução</translation>
    </message>
    <message id="tile_satisfaction">
        <source>Satisfaction (of 5)</source>
        <translation>Satisfação (de 5)</translation>
    </message>
    <message id="tile_cost">
        <source>Cost of putting it right</source>
        <translation>Custo das compensações</translation>
    </message>
    <message id="tile_open">
        <source>Complaints open at month end</source>
        <translation>Reclamações abertas no fim do mês</translation>
    </message>
    <message id="on_time">
        <source>Complaints answered on time</source>
        <translation>Reclamações tratadas a tempo</translation>
    </message>
    <message id="ack_within">
        <source>Acknowledged within {h} h</source>
        <translation>Receção confirmada em {h} h</translation>
    </message>
    <message id="resolved_within">
        <source>Resolved within {d} days</source>
        <translation>Resolvidas em {d} dias</translation>
    </message>
    <message id="no_complaints">
        <source>no complaints</source>
        <translation>sem reclamações</translation>
    </message>
    <message id="part_of">
        <source>{part} of {whole} complaints</source>
        <translation>{part} de {whole} reclamações</translation>
    </message>
    <message id="hours">
        <source>{v} h</source>
        <translation>{v} h</translation>
    </message>
    <message id="days">
        <source>{v} days</source>
        <translation>{v} dias</translation>
    </message>
    <message id="by_kind">
        <source>Cases by kind</source>
        <translation>Casos por tipo</translation>
    </message>
    <message id="by_category">
        <source>Complaints by category</source>
        <translation>Reclamações por categoria</translation>
    </message>
    <message id="none_this_month">
        <source>No complaints this month.</source>
        <translation>Nenhuma reclamação este mês.</translation>
    </message>
    <message id="largest">
        <source>The 8 largest of {n} categories.</source>
        <translation>As 8 maiores de {n} categorias.</translation>
    </message>
    <message id="no_category">
        <source>(no category)</source>
        <translation>(sem categoria)</translation>
    </message>
    <message id="kind_complaint">
        <source>Complaints</source>
        <translation>Reclamações</translation>
    </message>
    <message id="kind_compliment">
        <source>Compliments</source>
        <translation>Elogios</translation>
    </message>
    <message id="kind_question">
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message id="kind_request">
        <source>Requests</source>
        <translation>Pedidos</translation>
    </message>
    <message id="response_times">
        <source>Response times</source>
        <translation>Tempos de resposta</translation>
    </message>
    <message id="none_acked">
        <source>none acknowledged yet</source>
        <translation>nenhuma confirmada ainda</translation>
    </message>
    <message id="ack_text">
        <source>Median time to acknowledge a complaint: &lt;b&gt;{median}&lt;/b&gt; (target {h} h); {part} of {whole} acknowledged within target.</source>
        <translation>Tempo mediano até confirmar a receção de uma reclamação: &lt;b&gt;{median}&lt;/b&gt; (objetivo {h} h); {part} de {whole} dentro do objetivo.</translation>
    </message>
    <message id="not_acked">
        <source> {n} not acknowledged yet.</source>
        <translation> {n} ainda sem confirmação.</translation>
    </message>
    <message id="none_resolved">
        <source>none resolved yet</source>
        <translation>nenhuma resolvida ainda</translation>
    </message>
    <message id="resolve_text">
        <source>Median time to resolve: &lt;b&gt;{median}&lt;/b&gt; (target {d} days); {part} of {whole} resolved within target, {done} resolved so far.</source>
        <translation>Tempo mediano de resolução: &lt;b&gt;{median}&lt;/b&gt; (objetivo {d} dias); {part} de {whole} resolvidas dentro do objetivo, {done} resolvidas até agora.</translation>
    </message>
    <message id="time_to_ack">
        <source>Time to acknowledge</source>
        <translation>Tempo até confirmar</translation>
    </message>
    <message id="time_to_resolve">
        <source>Time to resolve</source>
        <translation>Tempo de resolução</translation>
    </message>
    <message id="backlog">
        <source>Backlog</source>
        <translation>Pendentes</translation>
    </message>
    <message id="backlog_clear">
        <source>Every complaint was settled by {date}. Nothing is waiting.</source>
        <translation>A {date}, todas as reclamações estavam resolvidas. Nada está pendente.</translation>
    </message>
    <message id="open_for">
        <source>Open for</source>
        <translation>Aberta há</translation>
    </message>
    <message id="complaints">
        <source>Complaints</source>
        <translation>Reclamações</translation>
    </message>
    <message id="backlog_one">
        <source>&lt;b&gt;{n}&lt;/b&gt; complaint (from this month or earlier) was still open on {date}.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; reclamação (deste mês ou anteriores) continuava aberta a {date}.</translation>
    </message>
    <message id="backlog_other">
        <source>&lt;b&gt;{n}&lt;/b&gt; complaints (from this month or earlier) were still open on {date}.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; reclamações (deste mês ou anteriores) continuavam abertas a {date}.</translation>
    </message>
    <message id="in_detail">
        <source>Cases in detail</source>
        <translation>Os casos em detalhe</translation>
    </message>
    <message id="category">
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message id="all_cases">
        <source>All cases</source>
        <translation>Todos os casos</translation>
    </message>
    <message id="other_categories">
        <source>{n} other categories</source>
        <translation>mais {n} categorias</translation>
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
        <translation>Gravidade da reclamação</translation>
    </message>
    <message id="remedies">
        <source>Putting things right</source>
        <translation>Compensações</translation>
    </message>
    <message id="no_remedies">
        <source>No remedies were given this month.</source>
        <translation>Não houve compensações este mês.</translation>
    </message>
    <message id="remedy">
        <source>Remedy</source>
        <translation>Compensação</translation>
    </message>
    <message id="cost">
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message id="total">
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message id="remedies_one">
        <source>{n} case received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</source>
        <translation>{n} caso recebeu uma compensação, com um custo total de &lt;b&gt;{cost}&lt;/b&gt;.</translation>
    </message>
    <message id="remedies_other">
        <source>{n} cases received a remedy, costing &lt;b&gt;{cost}&lt;/b&gt; in all.</source>
        <translation>{n} casos receberam uma compensação, com um custo total de &lt;b&gt;{cost}&lt;/b&gt;.</translation>
    </message>
    <message id="satisfaction">
        <source>Satisfaction and recovered customers</source>
        <translation>Satisfação e clientes recuperados</translation>
    </message>
    <message id="rated_one">
        <source>{n} customer told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</source>
        <translation>{n} cliente disse-nos o seu grau de satisfação: em média &lt;b&gt;{avg}&lt;/b&gt; em 5.</translation>
    </message>
    <message id="rated_other">
        <source>{n} customers told us how satisfied they were: an average of &lt;b&gt;{avg}&lt;/b&gt; out of 5.</source>
        <translation>{n} clientes disseram-nos o seu grau de satisfação: em média &lt;b&gt;{avg}&lt;/b&gt; em 5.</translation>
    </message>
    <message id="not_rated">
        <source>No customer rated their satisfaction this month.</source>
        <translation>Nenhum cliente avaliou a sua satisfação este mês.</translation>
    </message>
    <message id="recovered">
        <source>&lt;b&gt;Recovered customers:&lt;/b&gt; {back} of the {n} customers who complained this month have come back. Winning them back is the point of it all.</source>
        <translation>&lt;b&gt;Clientes recuperados:&lt;/b&gt; {back} dos {n} clientes que reclamaram este mês voltaram. É disso que se trata.</translation>
    </message>
    <message id="compliments">
        <source>Compliments</source>
        <translation>Elogios</translation>
    </message>
    <message id="no_compliments">
        <source>No compliments were logged this month.</source>
        <translation>Não foi registado nenhum elogio este mês.</translation>
    </message>
    <message id="compliments_one">
        <source>&lt;b&gt;{n}&lt;/b&gt; compliment this month.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; elogio este mês.</translation>
    </message>
    <message id="compliments_other">
        <source>&lt;b&gt;{n}&lt;/b&gt; compliments this month.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; elogios este mês.</translation>
    </message>
    <message id="shout_outs">
        <source>Compliments and staff shout-outs</source>
        <translation>Elogios e reconhecimento à equipa</translation>
    </message>
    <message id="praised">
        <source>Praised by name</source>
        <translation>Elogiado pelo nome</translation>
    </message>
    <message id="others">
        <source>{n} others</source>
        <translation>mais {n}</translation>
    </message>
    <message id="thanks">
        <source>A special thank-you to &lt;b&gt;{top}&lt;/b&gt;, named most often by customers.</source>
        <translation>Um agradecimento especial a &lt;b&gt;{top}&lt;/b&gt;, o nome mais referido pelos clientes.</translation>
    </message>
    <message id="lessons">
        <source>Lessons learned</source>
        <translation>Lições aprendidas</translation>
    </message>
    <message id="no_lessons">
        <source>No lessons were written down this month.</source>
        <translation>Não foi registada nenhuma lição este mês.</translation>
    </message>
    <message id="and_more">
        <source> and {n} more</source>
        <translation> e mais {n}</translation>
    </message>
    <message id="more_lessons">
        <source>… and {n} more lessons.</source>
        <translation>… e mais {n} lições.</translation>
    </message>
    <message id="open_list">
        <source>Complaints still open at the end of the month</source>
        <translation>Reclamações ainda abertas no fim do mês</translation>
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
        <translation>Idade</translation>
    </message>
    <message id="severity">
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message id="who_what">
        <source>Customer, category and summary</source>
        <translation>Cliente, categoria e resumo</translation>
    </message>
    <message id="now">
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message id="age_days">
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
    <message id="resolved_on">
        <source>resolved {date}</source>
        <translation>resolvida a {date}</translation>
    </message>
    <message id="still_open">
        <source>still open</source>
        <translation>ainda aberta</translation>
    </message>
    <message id="oldest_first">
        <source>Oldest first, aged on {date}.</source>
        <translation>As mais antigas primeiro, idade a {date}.</translation>
    </message>
    <message id="listed">
        <source> The {n} oldest of {total} are listed.</source>
        <translation> São apresentadas as {n} mais antigas de {total}.</translation>
    </message>
    <message id="approvals">
        <source>Approvals</source>
        <translation>Aprovações</translation>
    </message>
    <message id="asked_above">
        <source>Remedies asked for above a person's limit</source>
        <translation>Compensações pedidas acima de um limite</translation>
    </message>
    <message id="requested_n">
        <source>Requested</source>
        <translation>Pedidas</translation>
    </message>
    <message id="approved_n">
        <source>Approved</source>
        <translation>Aprovadas</translation>
    </message>
    <message id="declined_n">
        <source>Declined</source>
        <translation>Recusadas</translation>
    </message>
    <message id="median_decision">
        <source>Median time to a decision</source>
        <translation>Tempo mediano até à decisão</translation>
    </message>
    <message id="given_over_n">
        <source>Given above the limit without approval</source>
        <translation>Dadas acima do limite sem aprovação</translation>
    </message>
    <message id="given_over_note">
        <source>Remedies handed over above a limit without approval wait for the owner's review.</source>
        <translation>As compensações dadas acima de um limite sem aprovação aguardam a revisão do proprietário.</translation>
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
        <translation>1–2 dias</translation>
    </message>
    <message id="&gt; 2 days">
        <source>&gt; 2 days</source>
        <translation>&gt; 2 dias</translation>
    </message>
    <message id="&lt; 1 day">
        <source>&lt; 1 day</source>
        <translation>&lt; 1 dia</translation>
    </message>
    <message id="1-3 days">
        <source>1-3 days</source>
        <translation>1–3 dias</translation>
    </message>
    <message id="3-7 days">
        <source>3-7 days</source>
        <translation>3–7 dias</translation>
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
        <translation>menos de uma semana</translation>
    </message>
    <message id="1-4 weeks">
        <source>1-4 weeks</source>
        <translation>1 a 4 semanas</translation>
    </message>
    <message id="over 4 weeks">
        <source>over 4 weeks</source>
        <translation>mais de 4 semanas</translation>
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
        <translation>Assunto: {subject}</translation>
    </message>
</context>
</TS>
