<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>Age</name>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <comment>months</comment>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 y</source>
        <comment>years</comment>
        <translation>%1 a</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Goodwill is already open on this database:
%1</source>
        <translation>O Goodwill já está aberto com este banco de dados:
%1</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Something went wrong</source>
        <translation>Ocorreu um erro</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Overdue: %1</source>
        <translation>Atrasado: %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case selected</source>
        <translation>Nenhum caso selecionado</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Approve remedy over the refund limit</source>
        <translation>Aprovar a compensação acima do limite de reembolso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Histórico de alterações</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Salvar as alterações (%1)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Put back the saved values</source>
        <translation>Restaurar os valores salvos</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar recebimento</translation>
    </message>
    <message>
        <source>Stamp the acknowledged time with now</source>
        <translation>Registrar o recebimento com a hora atual</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Stamp the resolved time with now and mark it resolved</source>
        <translation>Registrar a hora da resolução e marcar como resolvido</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Escrever uma carta</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>letter kind</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Recebimento confirmado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido em</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Prazos</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Compensação</translation>
    </message>
    <message>
        <source>Remedy cost</source>
        <translation>Custo da compensação</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfação</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <source>Customer returned</source>
        <translation>Cliente voltou</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raiz</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lição aprendida</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>Fechado porque</translation>
    </message>
    <message>
        <source>%1 from &lt;a href=&apos;customer&apos;&gt;%2&lt;/a&gt;</source>
        <translation>%1 de &lt;a href=&apos;customer&apos;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Needs approval (over your refund limit of %1 %2)</source>
        <translation>Requer aprovação (acima do seu limite de reembolso de %1 %2)</translation>
    </message>
    <message>
        <source>Approved by %1 %2</source>
        <translation>Aprovado por %1 %2</translation>
    </message>
    <message>
        <source>acknowledge by %1</source>
        <translation>confirmar recebimento até %1</translation>
    </message>
    <message>
        <source>resolve by %1</source>
        <translation>resolver até %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Atrasado: %1</translation>
    </message>
    <message>
        <source>None (not a complaint)</source>
        <translation>Nenhum (não é uma reclamação)</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Não salvo: corrija os campos marcados em vermelho.</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>Fechar mesmo assim?</translation>
    </message>
    <message>
        <source>These required steps are not done:
%1

Why close anyway?</source>
        <translation>Estes passos obrigatórios não foram feitos:
%1

Por que fechar mesmo assim?</translation>
    </message>
    <message>
        <source>Not closed: the required steps are not done.</source>
        <translation>Não fechado: os passos obrigatórios não foram feitos.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Who approves this remedy?</source>
        <translation>Quem aprova esta compensação?</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist progress</source>
        <translation>Progresso da checklist</translation>
    </message>
    <message>
        <source>Checklist to start</source>
        <translation>Checklist a iniciar</translation>
    </message>
    <message>
        <source>Start checklist</source>
        <translation>Iniciar checklist</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Modelos…</translation>
    </message>
    <message>
        <source>Add your own checklists or copy a built-in one</source>
        <translation>Criar checklists próprias ou copiar uma incluída</translation>
    </message>
    <message>
        <source>Ticking as</source>
        <translation>Marcar como</translation>
    </message>
    <message>
        <source>Whose name goes on the steps you tick</source>
        <translation>O nome registrado nos passos marcados</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Passos da checklist</translation>
    </message>
    <message>
        <source>Note on the step</source>
        <translation>Nota sobre o passo</translation>
    </message>
    <message>
        <source>A short note on this step</source>
        <translation>Uma nota curta sobre este passo</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data de acompanhamento</translation>
    </message>
    <message>
        <source>Set follow-up</source>
        <translation>Definir</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear follow-up date</source>
        <translation>Limpar a data de acompanhamento</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Follow up:</source>
        <translation>Acompanhamento:</translation>
    </message>
    <message>
        <source>Ticking as:</source>
        <translation>Marcar como:</translation>
    </message>
    <message>
        <source>Bold steps must be done before closing. Hover over a step for advice.</source>
        <translation>Os passos em negrito devem ser feitos antes de fechar. Passe o mouse sobre um passo para ver dicas.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (sugerida)</translation>
    </message>
    <message>
        <source>%1 (already started)</source>
        <translation>%1 (já iniciada)</translation>
    </message>
    <message>
        <source>Suggested checklist:</source>
        <translation>Checklist sugerida:</translation>
    </message>
    <message>
        <source>Add a checklist:</source>
        <translation>Adicionar uma checklist:</translation>
    </message>
    <message>
        <source>When to use: %1</source>
        <translation>Quando usar: %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 done</source>
        <translation>%1 · %2 de %3 feitos</translation>
    </message>
    <message>
        <source>Started %1 by %2</source>
        <translation>Iniciada em %1 por %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>Follow-up due since %1</source>
        <translation>Acompanhamento pendente desde %1</translation>
    </message>
    <message>
        <source>Follow up by %1</source>
        <translation>Acompanhar até %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Required before the case can be closed.</source>
        <translation>Obrigatório antes de fechar o caso.</translation>
    </message>
    <message>
        <source>required, done</source>
        <translation>obrigatório, feito</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Passo %1, %2: %3</translation>
    </message>
    <message>
        <source>No checklist yet. Start the suggested one, or choose another.</source>
        <translation>Ainda não há checklist. Inicie a sugerida ou escolha outra.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 de %2 passos feitos.</translation>
    </message>
    <message numerus="yes">
        <source>%n required step(s) still to do.</source>
        <translation>
            <numerusform>Falta %n passo obrigatório.</numerusform>
            <numerusform>Faltam %n passos obrigatórios.</numerusform>
        </translation>
    </message>
    <message>
        <source>All required steps are done.</source>
        <translation>Todos os passos obrigatórios foram feitos.</translation>
    </message>
    <message>
        <source>Select a step to add a note or a follow-up date.</source>
        <translation>Selecione um passo para adicionar uma nota ou uma data de acompanhamento.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Complaint</source>
        <translation>Reclamação</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Pessoalmente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Substituição</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Brinde</translation>
    </message>
    <message>
        <source>Apology only</source>
        <translation>Só pedido de desculpas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Pedido de desculpas</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Agradecimento</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Confirmação de recebimento</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problema com %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>C&amp;lientes</translation>
    </message>
    <message>
        <source>Case counts</source>
        <translation>Número de casos</translation>
    </message>
    <message>
        <source>Search cases: customer, summary, details, category, staff…</source>
        <translation>Pesquisar casos: cliente, resumo, detalhes, categoria, funcionário…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Pesquisar casos</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro por tipo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro por status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro por categoria</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>Staff filter</source>
        <translation>Filtro por funcionário</translation>
    </message>
    <message>
        <source>Any staff</source>
        <translation>Todos os funcionários</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Só &amp;atrasados</translation>
    </message>
    <message>
        <source>Show only overdue cases</source>
        <translation>Mostrar só os casos atrasados</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <source>Log a new case (Ctrl+N)</source>
        <translation>Registrar um novo caso (Ctrl+N)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range: from … to …</comment>
        <translation>até</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no date chosen</comment>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Novo caso…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Salvar caso</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Show only complaints past their targets</source>
        <translation>Mostrar só as reclamações fora do prazo</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Relatórios</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>Relatório &amp;mensal…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Business profile…</source>
        <translation>&amp;Perfil da empresa…</translation>
    </message>
    <message>
        <source>&amp;Checklist templates…</source>
        <translation>Modelos de &amp;checklist…</translation>
    </message>
    <message>
        <source>&amp;Data…</source>
        <translation>&amp;Dados…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Goodwill</source>
        <translation>&amp;Sobre o Goodwill</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to this case before quitting?</source>
        <translation>Salvar as alterações deste caso antes de sair?</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>Salvar primeiro as alterações de %1?</translation>
    </message>
    <message>
        <source>%1+ (loading)</source>
        <translation>%1+ (carregando)</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Mostrando %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 cases  ·  %3 open  ·  %4 overdue</source>
        <translation>Mostrando %1 de %2 casos  ·  %3 abertos  ·  %4 atrasados</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Sobre o %1</translation>
    </message>
    <message>
        <source>%1 %2
A customer-care desk for small businesses.

Database: %3</source>
        <translation>%1 %2
Atendimento ao cliente para pequenas empresas.

Banco de dados: %3</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone to find or add</source>
        <translation>Digite um nome, e-mail ou telefone para encontrar ou adicionar</translation>
    </message>
    <message>
        <source>Customer flag</source>
        <translation>Aviso do cliente</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategoria</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravidade</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumo</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>O que aconteceu, em uma linha</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Funcionário</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM; now unless you change it</source>
        <translation>AAAA-MM-DD HH:MM; agora, a menos que altere</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salvar (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n existing customer(s) with this name: pick one from the list, or save to add a new customer.</source>
        <translation>
            <numerusform>%n cliente existente com este nome: escolha-o na lista ou salve para adicionar um novo cliente.</numerusform>
            <numerusform>%n clientes existentes com este nome: escolha um na lista ou salve para adicionar um novo cliente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing customer.</source>
        <translation>Cliente existente.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Não salvo: corrija os campos marcados em vermelho.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Goodwill</source>
        <translation>Bem-vindo ao Goodwill</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Perfil da empresa</translation>
    </message>
    <message>
        <source>Business &amp;name</source>
        <translation>&amp;Nome da empresa</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Seu nome</translation>
    </message>
    <message>
        <source>Signs letters and approves remedies</source>
        <translation>Assina as cartas e aprova as compensações</translation>
    </message>
    <message>
        <source>Your &amp;title</source>
        <translation>Seu &amp;cargo</translation>
    </message>
    <message>
        <source>For example: Owner, Manager</source>
        <translation>Por exemplo: Proprietária, Gerente</translation>
    </message>
    <message>
        <source>Lan&amp;guage and formats</source>
        <translation>Idio&amp;ma e formatos</translation>
    </message>
    <message>
        <source>The language of the window and the letters, and how dates and amounts are written in your files, for example de_DE reads 7,20 and 03.10.2026</source>
        <translation>O idioma da janela e das cartas, e como datas e valores são escritos nos seus arquivos; por exemplo, de_DE lê 7,20 e 03.10.2026</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <source>3 letters: EUR, GBP, USD…</source>
        <translation>3 letras: EUR, BRL, USD…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation>Tamanho do &amp;papel</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge within</source>
        <translation>Confirmar recebimento &amp;em</translation>
    </message>
    <message>
        <source>A complaint not acknowledged within this time is overdue</source>
        <translation>Uma reclamação sem confirmação de recebimento neste prazo está atrasada</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>&amp;Resolve within</source>
        <translation>&amp;Resolver em</translation>
    </message>
    <message>
        <source>A complaint not resolved within this time is overdue</source>
        <translation>Uma reclamação não resolvida neste prazo está atrasada</translation>
    </message>
    <message>
        <source>Refund &amp;limit</source>
        <translation>&amp;Limite de reembolso</translation>
    </message>
    <message>
        <source>Remedies costing more than this need your approval; empty means no limit</source>
        <translation>Compensações acima deste valor precisam da sua aprovação; vazio significa sem limite</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Pré-visualização do logotipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Escolher uma imagem de logotipo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Remover o logotipo</translation>
    </message>
    <message>
        <source>Logo (optional)</source>
        <translation>Logotipo (opcional)</translation>
    </message>
    <message>
        <source>Welcome! Before you log your first case, tell Goodwill a little about your business. Your name and address go on the letters you print, and the targets below decide when a complaint counts as overdue. You can change all of this later under Settings &gt; Business profile.</source>
        <translation>Bem-vindo! Antes de registrar o seu primeiro caso, conte ao Goodwill um pouco sobre a sua empresa. O seu nome e endereço aparecem nas cartas que imprimir, e os prazos abaixo definem quando uma reclamação está atrasada. Pode alterar tudo isso depois em Configurações &gt; Perfil da empresa.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sem logotipo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Escolher um logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Imagens (*.png *.jpg *.jpeg);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 is not an image Goodwill can read</source>
        <translation>%1 não é uma imagem que o Goodwill consiga ler</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Não salvo: corrija os campos marcados em vermelho.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The window will use the new language the next time you start Goodwill.</source>
        <translation>A janela usará o novo idioma na próxima vez que iniciar o Goodwill.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly service report</source>
        <translation>Relatório mensal de atendimento</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mês:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Make the report again from the latest figures</source>
        <translation>Gerar o relatório novamente com os números mais recentes</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salvar PDF…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status do relatório</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Pré-visualização do relatório</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n case(s))</source>
        <translation>
            <numerusform>%1  (%n caso)</numerusform>
            <numerusform>%1  (%n casos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the report for %1…</source>
        <translation>Gerando o relatório de %1…</translation>
    </message>
    <message>
        <source>The report for %1 could not be made.</source>
        <translation>Não foi possível gerar o relatório de %1.</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Relatório mensal</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Não foi possível gerar o relatório: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s).</source>
        <translation>
            <numerusform>%1: %n página.</numerusform>
            <numerusform>%1: %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service report %1</source>
        <translation>Relatório de atendimento %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Não foi possível iniciar a impressora.</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Salvar o relatório mensal</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved to %1: %2</source>
        <translation>O relatório não foi salvo em %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Goodwill</source>
        <translation>Bem-vindo ao Goodwill</translation>
    </message>
    <message>
        <source>Every complaint, compliment, question and request your customers bring you, in one place on this computer. Log what just happened at the counter or on the phone, work each complaint through to a happy customer, and print a proper letter or a month-end report when you need one.</source>
        <translation>Todas as reclamações, elogios, perguntas e solicitações dos seus clientes, em um só lugar neste computador. Registre o que acabou de acontecer no balcão ou ao telefone, acompanhe cada reclamação até o cliente ficar satisfeito e imprima uma carta caprichada ou um relatório mensal quando precisar.</translation>
    </message>
    <message>
        <source>Log your first case</source>
        <translation>Registrar o primeiro caso</translation>
    </message>
    <message>
        <source>Ctrl+N at any time</source>
        <translation>Ctrl+N a qualquer momento</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Bring in cases from a spreadsheet saved as CSV</source>
        <translation>Trazer casos de uma planilha salva como CSV</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Carregar dados de exemplo</translation>
    </message>
    <message>
        <source>Six months of a small café&apos;s cases, to look around first</source>
        <translation>Seis meses de casos de um pequeno café, para conhecer primeiro</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Dados de exemplo não carregados</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Dados de exemplo carregados</translation>
    </message>
    <message numerus="yes">
        <source>Added %n case(s) from a small café. Have a look around.</source>
        <translation>
            <numerusform>%n caso de um pequeno café adicionado. Dê uma olhada.</numerusform>
            <numerusform>%n casos de um pequeno café adicionados. Dê uma olhada.</numerusform>
        </translation>
    </message>
</context>
</TS>
