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
        <source>Goodwill cannot work on this database: the folder it is in cannot be written to (%2).
%1</source>
        <translation>O Goodwill não pode trabalhar nesta base de dados: não é possível escrever na pasta dela (%2).
%1</translation>
    </message>
    <message>
        <source>Goodwill is already open on this database:
%1</source>
        <translation>O Goodwill já está aberto com este banco de dados:
%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Use the file on this computer</source>
        <translation>Usar o ficheiro deste computador</translation>
    </message>
    <message>
        <source>a network drive (%1)</source>
        <translation>uma unidade de rede (%1)</translation>
    </message>
    <message>
        <source>a folder that syncs to the cloud (%1)</source>
        <translation>uma pasta sincronizada com a nuvem (%1)</translation>
    </message>
    <message>
        <source>This database is in a shared folder</source>
        <translation>Esta base de dados está numa pasta partilhada</translation>
    </message>
    <message>
        <source>%1 is on %2.

A Goodwill file there can be damaged when two computers use it at once, or when the folder syncs while Goodwill is writing. To work on one log from several computers, use File &gt; Shared database… (PostgreSQL) instead; to keep this file safe, move it to a folder on this computer.</source>
        <translation>%1 está em %2.

Um ficheiro do Goodwill pode ficar danificado aí quando dois computadores o usam ao mesmo tempo, ou quando a pasta sincroniza enquanto o Goodwill escreve. Para trabalhar num mesmo registo a partir de vários computadores, use Arquivo &gt; Base de dados partilhada… (PostgreSQL); para proteger este ficheiro, mova-o para uma pasta deste computador.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Nothing was saved: choose who is at the desk first (File &gt; Change person…).</source>
        <translation>Nada foi salvo: escolha primeiro quem está no posto (Arquivo &gt; Mudar de pessoa…).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Ocorreu um erro</translation>
    </message>
</context>
<context>
    <name>ApprovalsNotifier</name>
    <message numerus="yes">
        <source>%n new for you to decide or take over</source>
        <translation>
            <numerusform>%n novidade para decidir ou assumir</numerusform>
            <numerusform>%n novidades para decidir ou assumir</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: awaiting your approval</source>
        <translation>%1: aguarda sua aprovação</translation>
    </message>
    <message>
        <source>%1: referred to you</source>
        <translation>%1: encaminhado para você</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Waiting on you</source>
        <translation>À sua espera</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Approve or decline: %1 of %2 %3</source>
        <translation>Aprovar ou recusar: %1 de %2 %3</translation>
    </message>
    <message>
        <source>Referred to you: %1</source>
        <translation>Encaminhado para você: %1</translation>
    </message>
    <message>
        <source>Referred to you</source>
        <translation>Encaminhado para você</translation>
    </message>
    <message numerus="yes">
        <source>%n remedy(s) awaiting your approval</source>
        <translation>
            <numerusform>%n compensação aguarda sua aprovação</numerusform>
            <numerusform>%n compensações aguardam sua aprovação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) referred to you</source>
        <translation>
            <numerusform>%n caso encaminhado para você</numerusform>
            <numerusform>%n casos encaminhados para você</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Files kept with this case</source>
        <translation>Arquivos guardados com este caso</translation>
    </message>
    <message>
        <source>Drop photos or files here, paste an image (Ctrl+V), or use Add file…. Up to 20 MB a file.</source>
        <translation>Arraste fotos ou arquivos para cá, cole uma imagem (Ctrl+V) ou use “Adicionar arquivo…”. Até 20 MB por arquivo.</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Mensagem sobre os arquivos</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Adicionar arquivo…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salvar uma cópia…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Adicionar arquivos ao caso</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Adicionando…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n arquivo adicionado.</numerusform>
            <numerusform>%n arquivos adicionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation>Não adicionado: </translation>
    </message>
    <message>
        <source>the clipboard holds no image or file</source>
        <translation>a área de transferência não contém imagem nem arquivo</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Não é possível abrir o arquivo</translation>
    </message>
    <message>
        <source>No program is set up to open </source>
        <translation>Nenhum programa está configurado para abrir </translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Remover arquivos</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from this case? The case history keeps a note.</source>
        <translation>
            <numerusform>Remover %n arquivo deste caso? O histórico do caso guarda uma nota.</numerusform>
            <numerusform>Remover %n arquivos deste caso? O histórico do caso guarda uma nota.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>diário</translation>
    </message>
    <message>
        <source>on quit</source>
        <translation>ao sair</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>feito manualmente</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de uma importação</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de uma restauração</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de uma atualização</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>arquivo danificado posto de lado</translation>
    </message>
</context>
<context>
    <name>CaseAuthority</name>
    <message>
        <source>Remedy approval</source>
        <translation>Aprovação da compensação</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Approve the remedy</source>
        <translation>Aprovar a compensação</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Recusar…</translation>
    </message>
    <message>
        <source>Decline the remedy, with a reason</source>
        <translation>Recusar a compensação, com um motivo</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Atribuído a</translation>
    </message>
    <message>
        <source>Refer to…</source>
        <translation>Encaminhar para…</translation>
    </message>
    <message>
        <source>Hand the case to a manager or the owner, with a note</source>
        <translation>Encaminhar o caso para um gerente ou o proprietário, com uma nota</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Atribuir a…</translation>
    </message>
    <message>
        <source>Make a person responsible for this case</source>
        <translation>Tornar uma pessoa responsável por este caso</translation>
    </message>
    <message>
        <source>Awaiting approval by a manager or the owner: %1</source>
        <translation>Aguardando aprovação de um gerente ou do proprietário: %1</translation>
    </message>
    <message>
        <source>Given over the limit: %1. For the owner&apos;s review.</source>
        <translation>Dado acima do limite: %1. Para revisão do proprietário.</translation>
    </message>
    <message>
        <source>%1 approved by %2 at %3</source>
        <translation>%1 aprovado por %2 em %3</translation>
    </message>
    <message>
        <source>Declined by %1 at %2</source>
        <translation>Recusado por %1 em %2</translation>
    </message>
    <message>
        <source>%1 granted</source>
        <translation>%1 concedido</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Atribuído a %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Não atribuído</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <comment>remedy of amount currency</comment>
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <source>Remedy not recorded</source>
        <translation>Compensação não registrada</translation>
    </message>
    <message>
        <source>The remedy is above your limit: it is recorded as a request awaiting approval by a manager or the owner.</source>
        <translation>A compensação está acima do seu limite: fica registrada como um pedido aguardando aprovação de um gerente ou do proprietário.</translation>
    </message>
    <message>
        <source>Recorded as given above your limit, and flagged for the owner&apos;s review.</source>
        <translation>Registrado como dado acima do seu limite e assinalado para revisão do proprietário.</translation>
    </message>
    <message>
        <source>Remedy granted.</source>
        <translation>Compensação concedida.</translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation>Carta não escrita</translation>
    </message>
    <message>
        <source>This letter would promise the remedy, which awaits approval by a manager or the owner. It can be written once the remedy is approved or declined.</source>
        <translation>Esta carta prometeria a compensação, que aguarda aprovação de um gerente ou do proprietário. Poderá ser escrita quando for aprovada ou recusada.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>Motivo (opcional):</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>Why is the remedy declined? The person who asked is told.</source>
        <translation>Porque é recusada a compensação? A pessoa que a pediu é informada.</translation>
    </message>
    <message>
        <source>There is no manager or owner to refer the case to.</source>
        <translation>Não há nenhum gerente nem proprietário para quem encaminhar o caso.</translation>
    </message>
    <message>
        <source>Who should take over this case?</source>
        <translation>Quem deve assumir este caso?</translation>
    </message>
    <message>
        <source>A note for %1 (what the customer wants, what was said):</source>
        <translation>Uma nota para %1 (o que o cliente quer, o que foi dito):</translation>
    </message>
    <message>
        <source>Who is responsible for this case?</source>
        <translation>Quem é responsável por este caso?</translation>
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
        <source>Files</source>
        <translation>Arquivos</translation>
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
        <source>Files (%1)</source>
        <translation>Arquivos (%1)</translation>
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
        <source>Finding</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registado</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>Em investigação</translation>
    </message>
    <message>
        <source>Found: our fault</source>
        <translation>Resultado: culpa nossa</translation>
    </message>
    <message>
        <source>Found: not our fault</source>
        <translation>Resultado: não é culpa nossa</translation>
    </message>
    <message>
        <source>What happened, for letters</source>
        <translation>O que aconteceu (para as cartas)</translation>
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
        <source>%1 is not among the cases listed now: the search or filters leave it out. Your unsaved changes to it are still here.</source>
        <translation>%1 já não está entre os casos listados: a pesquisa ou os filtros deixam-no de fora. As suas alterações por guardar continuam aqui.</translation>
    </message>
    <message>
        <source>%1 is not among the cases listed</source>
        <translation>%1 não está entre os casos listados</translation>
    </message>
    <message>
        <source>The search or filters leave it out. Clear them to see it again.</source>
        <translation>A pesquisa ou os filtros deixam-no de fora. Limpe-os para o voltar a ver.</translation>
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
        <source>nothing shown here</source>
        <translation>nada do que é mostrado aqui</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>Alterado noutro posto</translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. Nothing was saved yet.

Changed there: %2
Your changes: %3

Keep your changes (they replace the other desk&apos;s for these fields), or take the other desk&apos;s version (your changes here are discarded)?</source>
        <translation>%1 foi alterado noutro posto desde que o abriu. Ainda nada foi guardado.

Alterado lá: %2
As suas alterações: %3

Manter as suas alterações (substituem as do outro posto nestes campos) ou ficar com a versão do outro posto (as suas alterações aqui são descartadas)?</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Manter as minhas alterações</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ficar com a versão deles</translation>
    </message>
    <message>
        <source>Showing the case as the other desk saved it.</source>
        <translation>O caso é mostrado tal como o outro posto o guardou.</translation>
    </message>
    <message>
        <source>Not saved: the case was changed on another desk.</source>
        <translation>Não guardado: o caso foi alterado noutro posto.</translation>
    </message>
    <message>
        <source>Resolve anyway?</source>
        <translation>Resolver mesmo assim?</translation>
    </message>
    <message>
        <source>These required steps are not done:
%1

Why resolve anyway?</source>
        <translation>Estes passos obrigatórios não foram feitos:
%1

Porquê resolver mesmo assim?</translation>
    </message>
    <message>
        <source>Not resolved: the required steps are not done.</source>
        <translation>Não resolvido: os passos obrigatórios não foram feitos.</translation>
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
        <source>Remove checklist</source>
        <translation>Remover a lista</translation>
    </message>
    <message>
        <source>Take off the selected checklist started by mistake</source>
        <translation>Remover a lista selecionada, iniciada por engano</translation>
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
    <message>
        <source>Change the severity?</source>
        <translation>Alterar a gravidade?</translation>
    </message>
    <message>
        <source>This checklist suggests severity %1 (now %2). Change it?</source>
        <translation>Esta checklist sugere a gravidade %1 (agora %2). Alterar?</translation>
    </message>
    <message>
        <source>Remove the checklist “%1” from %2, with its ticks, notes and follow-ups?</source>
        <translation>Remover a lista «%1» de %2, com as marcações, notas e acompanhamentos?</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplatesDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>Modelos de checklist</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Make your own editable copy of this template</source>
        <translation>Criar uma cópia própria e editável deste modelo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nome do modelo</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Quando usar</translation>
    </message>
    <message>
        <source>The kind of case this checklist is for</source>
        <translation>O tipo de caso para o qual esta checklist serve</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Advice (shown on hover)</source>
        <translation>Dica (ao apontar)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Follow up after (days)</source>
        <translation>Acompanhar após (dias)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Adicionar passo</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remover passo</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Salvar modelo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>%1  (built-in)</source>
        <translation>%1  (incluída)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Descartar as alterações?</translation>
    </message>
    <message>
        <source>Your changes to “%1” are not saved. Discard them?</source>
        <translation>As alterações em “%1” não foram salvas. Descartá-las?</translation>
    </message>
    <message>
        <source>This is a built-in checklist and cannot be changed. Press &lt;b&gt;Copy&lt;/b&gt; to make your own version of it.</source>
        <translation>Esta checklist é incluída e não pode ser alterada. Clique em &lt;b&gt;Copiar&lt;/b&gt; para criar a sua própria versão.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Based on: %1</source>
        <translation>&lt;br&gt;Baseada em: %1</translation>
    </message>
    <message>
        <source>Your own checklist. Changes apply to checklists started from now on; cases keep the steps they started with.</source>
        <translation>A sua própria checklist. As alterações valem para as checklists iniciadas a partir de agora; os casos mantêm os passos com que começaram.</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Excluir o modelo?</translation>
    </message>
    <message>
        <source>Delete “%1”? Cases that use it keep their own copy of the steps.</source>
        <translation>Excluir “%1”? Os casos que a usam mantêm a sua própria cópia dos passos.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Find a customer by name, e-mail or phone</source>
        <translation>Encontrar um cliente por nome, e-mail ou telefone</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Pesquisar clientes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Customer summary</source>
        <translation>Resumo do cliente</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Aviso</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Idioma das cartas</translation>
    </message>
    <message>
        <source>Shown whenever a case is logged for them, e.g. &apos;refer to the owner&apos;</source>
        <translation>Aparece sempre que um caso dele é registrado, p. ex. “encaminhar à proprietária”</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Salvar cliente</translation>
    </message>
    <message>
        <source>New case for this customer</source>
        <translation>Novo caso para este cliente</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Mesclar com…</translation>
    </message>
    <message>
        <source>Another record of the same customer: move its cases here and keep the values you choose</source>
        <translation>Outro registro do mesmo cliente: mover os casos dele para cá e manter os valores escolhidos</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data…</source>
        <translation>Exportar os dados…</translation>
    </message>
    <message>
        <source>Erase this customer…</source>
        <translation>Apagar este cliente…</translation>
    </message>
    <message>
        <source>This customer&apos;s cases</source>
        <translation>Casos deste cliente</translation>
    </message>
    <message>
        <source>Cases (double-click to open):</source>
        <translation>Casos (clique duas vezes para abrir):</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Nenhum cliente selecionado</translation>
    </message>
    <message>
        <source>%1  (erased)</source>
        <translation>%1  (apagado)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1, %2, remedies paid %3 %4, last visit %5</source>
        <translation>%1, %2, compensações pagas %3 %4, última visita %5</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n reclamação</numerusform>
            <numerusform>%n reclamações</numerusform>
        </translation>
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
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n case(s) moved here.</source>
        <translation>
            <numerusform>Mesclado: %n caso movido para cá.</numerusform>
            <numerusform>Mesclado: %n casos movidos para cá.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>Exportar os dados deste cliente</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Arquivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Não exportado</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>The data of %1 was saved to %2.</source>
        <translation>Os dados de %1 foram salvos em %2.</translation>
    </message>
    <message>
        <source>Erase this customer?</source>
        <translation>Apagar este cliente?</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 from this database? This cannot be undone.</source>
        <translation>Apagar os dados pessoais de %1 deste banco de dados? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Não apagado</translation>
    </message>
</context>
<context>
    <name>DataSettingsDialog</name>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Banco de dados:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Último backup:</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>Pasta de backups:</translation>
    </message>
    <message>
        <source>Goodwill backs up this database every day you use it, before imports, upgrades and restores, and when you quit after changes. It keeps every backup of the last 2 days, then one a day for 2 weeks, one a week for 2 months and one a month for a year. Erasing a customer does not change backups made before it; they rotate out within a year.</source>
        <translation>O Goodwill faz backup deste banco de dados todos os dias em que você o usa, antes de importações, atualizações e restaurações, e ao sair depois de alterações. Guarda todos os backups dos últimos 2 dias, depois um por dia durante 2 semanas, um por semana durante 2 meses e um por mês durante um ano. Apagar um cliente não altera os backups anteriores; eles são descartados em até um ano.</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Abrir a pasta de backups</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <source>Shared database…</source>
        <translation>Base de dados partilhada…</translation>
    </message>
    <message>
        <source>One log on a PostgreSQL server for several computers; this desk&apos;s staff name</source>
        <translation>Um registo num servidor PostgreSQL para vários computadores; o nome do pessoal deste posto</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>partilhada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n case(s)</source>
        <translation>
            <numerusform>%1, %n caso</numerusform>
            <numerusform>%1, %n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3); %n kept</source>
        <translation>
            <numerusform>%1 (%2, %3); %n guardado</numerusform>
            <numerusform>%1 (%2, %3); %n guardados</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhum ainda</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Falha no backup</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>Não foi possível fazer o backup: %1</translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>acknowledged ({stamp}) before it occurred ({occurred})</source>
        <translation>confirmado ({stamp}) antes de ocorrer ({occurred})</translation>
    </message>
    <message>
        <source>resolved ({stamp}) before it occurred ({occurred})</source>
        <translation>resolvido ({stamp}) antes de ocorrer ({occurred})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM or ISO 8601)</source>
        <translation>«{value}» não é uma data (use AAAA-MM-DD, AAAA-MM-DD HH:MM ou ISO 8601)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM or ISO 8601, or as {locale} writes it: {example})</source>
        <translation>«{value}» não é uma data (use AAAA-MM-DD, AAAA-MM-DD HH:MM, ISO 8601 ou como {locale} escreve: {example})</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>This evening (17:00)</source>
        <translation>Esta tarde (17:00)</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Amanhã 9:00</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Na próxima semana</translation>
    </message>
</context>
<context>
    <name>DeskPicker</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Quem está no posto?</translation>
    </message>
    <message>
        <source>Changes, ticks, letters and approvals made here are recorded under your name.</source>
        <translation>As alterações, passos marcados, cartas e aprovações feitos aqui ficam registrados em seu nome.</translation>
    </message>
    <message>
        <source>Person at the desk</source>
        <translation>Pessoa no posto</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Seu PIN</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Sem PIN definido</translation>
    </message>
    <message>
        <source>Nobody is on the staff list yet.</source>
        <translation>Ainda não há ninguém na lista do pessoal.</translation>
    </message>
    <message>
        <source>Wrong PIN for %1. Try again.</source>
        <translation>PIN errado para %1. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;Meus casos</translation>
    </message>
    <message>
        <source>Show only cases assigned to me</source>
        <translation>Mostrar só os casos atribuídos a mim</translation>
    </message>
    <message>
        <source>Change person</source>
        <translation>Mudar de pessoa</translation>
    </message>
    <message>
        <source>Change the person at the desk</source>
        <translation>Mudar a pessoa no posto</translation>
    </message>
    <message>
        <source>This business keeps no staff records, so changes are recorded under the owner&apos;s name. Add people with `goodwill staff add` (docs/staff-and-authority.md).</source>
        <translation>Este negócio não tem lista do pessoal, por isso as alterações ficam registradas em nome do proprietário. Adicione pessoas com `goodwill staff add` (docs/staff-and-authority.md).</translation>
    </message>
    <message>
        <source>nobody (changes are refused)</source>
        <translation>ninguém (as alterações são recusadas)</translation>
    </message>
</context>
<context>
    <name>DueTodayPanel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Pendências de hoje</translation>
    </message>
    <message>
        <source>Due today summary</source>
        <translation>Resumo das pendências de hoje</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message numerus="yes">
        <source>%n more overdue since %1</source>
        <translation>
            <numerusform>mais %n em atraso desde %1</numerusform>
            <numerusform>mais %n em atraso desde %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show them</source>
        <translation>Clique para os mostrar</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) overdue</source>
        <translation>
            <numerusform>%n caso em atraso</numerusform>
            <numerusform>%n casos em atraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more due later today</source>
        <translation>
            <numerusform>mais %n para hoje</numerusform>
            <numerusform>mais %n para hoje</numerusform>
        </translation>
    </message>
    <message>
        <source> (snoozed until %1)</source>
        <translation> (adiado até %1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Prazo %1</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Acompanhamento: %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar recebimento</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>due at %1</source>
        <translation>até às %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dia de atraso</numerusform>
            <numerusform>%n dias de atraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>%n hora de atraso</numerusform>
            <numerusform>%n horas de atraso</numerusform>
        </translation>
    </message>
    <message>
        <source>due now</source>
        <translation>vence agora</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nada pendente para hoje.</translation>
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
    <message>
        <source>Printed</source>
        <translation>Impressa</translation>
    </message>
    <message>
        <source>E-mailed</source>
        <translation>Enviada por e-mail</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salva</translation>
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
    <name>History</name>
    <message>
        <source>created</source>
        <translation>criado</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurado</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>movido para o lixo</translation>
    </message>
    <message>
        <source>in the Trash</source>
        <translation>no lixo</translation>
    </message>
    <message>
        <source>checklist started</source>
        <translation>lista de verificação iniciada</translation>
    </message>
    <message>
        <source>checklist removed</source>
        <translation>lista de verificação removida</translation>
    </message>
    <message>
        <source>step done</source>
        <translation>passo feito</translation>
    </message>
    <message>
        <source>step undone</source>
        <translation>passo desmarcado</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>attachment added</source>
        <translation>anexo adicionado</translation>
    </message>
    <message>
        <source>attachment removed</source>
        <translation>anexo removido</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>apagado</translation>
    </message>
    <message>
        <source>remedy</source>
        <translation>compensação</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>aprovação</translation>
    </message>
    <message>
        <source>step %1 note</source>
        <translation>nota do passo %1</translation>
    </message>
    <message>
        <source>step %1 follow-up</source>
        <translation>acompanhamento do passo %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-mail do cliente</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Telefone do cliente</translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation>Morada do cliente</translation>
    </message>
    <message>
        <source>Kind (complaint, compliment…)</source>
        <translation>Tipo (reclamação, elogio…)</translation>
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
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Confirmado em</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resolvido em</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Compensação</translation>
    </message>
    <message>
        <source>Cost of the remedy</source>
        <translation>Custo da compensação</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Satisfação (1-5)</translation>
    </message>
    <message>
        <source>Customer came back</source>
        <translation>O cliente voltou</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa principal</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Lição aprendida</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>Língua do cliente</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Check that each column of your file lands in the right Goodwill column. Columns set to “Leave out” are not imported. Nothing is written until you press Import.</source>
        <translation>Verifique se cada coluna do seu arquivo vai para a coluna certa do Goodwill. As colunas marcadas como “Ignorar” não são importadas. Nada é gravado até você clicar em “Importar”.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Planilha:</translation>
    </message>
    <message>
        <source>The first rows as Goodwill reads them</source>
        <translation>As primeiras linhas como o Goodwill as lê</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>Verificando todas as linhas do arquivo…</translation>
    </message>
    <message>
        <source>Which date is meant?</source>
        <translation>Que data se pretende?</translation>
    </message>
    <message>
        <source>Line %1 of the file has the date %2, which reads two ways, and no other date in the file tells which. How does the file write dates?</source>
        <translation>A linha %1 do ficheiro tem a data %2, que se lê de duas maneiras, e nenhuma outra data do ficheiro diz qual. Como escreve o ficheiro as datas?</translation>
    </message>
    <message>
        <source>%1 (the day first)</source>
        <translation>%1 (primeiro o dia)</translation>
    </message>
    <message>
        <source>%1 (the month first)</source>
        <translation>%1 (primeiro o mês)</translation>
    </message>
    <message>
        <source>Ready: importing adds %1 and %2.</source>
        <translation>Pronto: a importação vai adicionar %1 e %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s)</source>
        <translation>
            <numerusform>%n cliente novo</numerusform>
            <numerusform>%n clientes novos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready: fix these problems in the file (or map the columns above), then import again. Nothing has been written.</source>
        <translation>Não está pronto: corrija estes problemas no arquivo (ou associe as colunas acima) e importe de novo. Nada foi gravado.</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing has been written.</source>
        <translation>Não foi possível ler o arquivo. Nada foi gravado.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it with nothing written.</source>
        <translation>Importando… “Cancelar” interrompe sem gravar nada.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3.</source>
        <translation>%1 e %2 importados de %3.</translation>
    </message>
    <message>
        <source>Stopping the import; nothing will be written…</source>
        <translation>Interrompendo a importação; nada será gravado…</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Importar casos</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Arquivos CSV (*.csv);;Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Exportar casos</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportação concluída</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>%n caso exportado para %1.</numerusform>
            <numerusform>%n casos exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>Imprimir carta</translation>
    </message>
    <message>
        <source>Letter for %1 – %2</source>
        <translation>Carta para %1 – %2</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Tipo de carta</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma da carta</translation>
    </message>
    <message>
        <source>Start again from the template</source>
        <translation>Recomeçar a partir do modelo</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Editar modelo…</translation>
    </message>
    <message>
        <source>Change the wording every new letter of this kind starts from</source>
        <translation>Alterar o texto com que começa cada nova carta deste tipo</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status da pré-visualização</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto da carta</translation>
    </message>
    <message>
        <source>Letter check warnings</source>
        <translation>Avisos da verificação</translation>
    </message>
    <message>
        <source>A first line “Subject: …” becomes the bold line above the letter; a blank line starts a new paragraph.</source>
        <translation>Uma primeira linha “Assunto: …” vira a linha em negrito acima da carta; uma linha em branco começa um novo parágrafo.</translation>
    </message>
    <message>
        <source>Letter check (advice only; nothing stops you printing):</source>
        <translation>Verificação da carta (só dicas; nada impede a impressão):</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Carta:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>Por e-mail…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to the customer with this letter as a PDF, and open it in your mail program</source>
        <translation>Criar um rascunho de e-mail para o cliente com esta carta em PDF e abri-lo no seu programa de e-mail</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salvar PDF…</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Atualizando a pré-visualização…</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>Throw away your changes to this letter and start again from the template?</source>
        <translation>Descartar as alterações desta carta e recomeçar a partir do modelo?</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Nenhum aviso.</translation>
    </message>
    <message>
        <source>the business name</source>
        <translation>o nome da empresa</translation>
    </message>
    <message>
        <source>the signature name</source>
        <translation>o nome do signatário</translation>
    </message>
    <message>
        <source>Not ready to send: a letter needs a sender. Set %1 in Settings &gt; Business profile.</source>
        <translation>Não está pronta para enviar: uma carta precisa de um remetente. Indique %1 em Configurações &gt; Perfil da empresa.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 KB</source>
        <translation>
            <numerusform>%n página, %1 KB</numerusform>
            <numerusform>%n páginas, %1 KB</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation>Não foi possível gerar a pré-visualização: %1</translation>
    </message>
    <message>
        <source>Printed and kept with case %1.</source>
        <translation>Impressa e guardada com o caso %1.</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Salvar a carta como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1 and kept with case %2.</source>
        <translation>Salva em %1 e guardada com o caso %2.</translation>
    </message>
    <message>
        <source>Save e-mail draft</source>
        <translation>Salvar rascunho de e-mail</translation>
    </message>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>Rascunhos de e-mail (*.eml)</translation>
    </message>
    <message>
        <source> The customer has no e-mail address: add one in the draft.</source>
        <translation> O cliente não tem endereço de e-mail: adicione um no rascunho.</translation>
    </message>
    <message>
        <source>E-mail draft opened in your mail program</source>
        <translation>Rascunho de e-mail aberto no seu programa de e-mail</translation>
    </message>
    <message>
        <source>E-mail draft saved to </source>
        <translation>Rascunho de e-mail salvo em </translation>
    </message>
</context>
<context>
    <name>LetterTemplatesDialog</name>
    <message>
        <source>Letter templates</source>
        <translation>Modelos de carta</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Tipo de carta</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texto do modelo</translation>
    </message>
    <message>
        <source>Placeholders filled from the case: %1. Paragraphs are separated by a blank line. A paragraph may offer other versions after a line holding only |; the first version whose placeholders all have a value is used, and a paragraph with none is left out. New drafts use the template; letters already drafted keep their text.</source>
        <translation>Marcadores preenchidos com dados do caso: %1. Os parágrafos são separados por uma linha em branco. Um parágrafo pode oferecer outras versões depois de uma linha só com |; usa-se a primeira versão cujos marcadores tenham todos um valor, e um parágrafo sem nenhuma é omitido. Novos rascunhos usam o modelo; cartas já redigidas mantêm o seu texto.</translation>
    </message>
    <message>
        <source>Restore the built-in wording</source>
        <translation>Restaurar o texto incluído</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Carta:</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>O seu próprio texto</translation>
    </message>
    <message>
        <source>Built-in wording</source>
        <translation>Texto incluído</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Modelo não salvo</translation>
    </message>
    <message>
        <source>Restore template</source>
        <translation>Restaurar modelo</translation>
    </message>
    <message>
        <source>Replace your wording with the built-in template for this kind of letter?</source>
        <translation>Substituir o seu texto pelo modelo incluído para este tipo de carta?</translation>
    </message>
</context>
<context>
    <name>LetterViewer</name>
    <message>
        <source>%1 letter, %2 %3</source>
        <translation>Carta: %1, %2 em %3</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Imprimir de novo…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salvar uma cópia…</translation>
    </message>
    <message>
        <source>Save a copy of the letter</source>
        <translation>Salvar uma cópia da carta</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Cartas enviadas</translation>
    </message>
    <message>
        <source>No letters yet. Use the Letter button to write one.</source>
        <translation>Ainda não há cartas. Use o botão “Carta” para escrever uma.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Imprimir de novo…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salvar uma cópia…</translation>
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
        <source>Who is working</source>
        <translation>Quem está a trabalhar</translation>
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
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export &amp;shown cases…</source>
        <translation>Exportar casos e&amp;xibidos…</translation>
    </message>
    <message>
        <source>Case s&amp;heet PDF…</source>
        <translation>&amp;Ficha do caso em PDF…</translation>
    </message>
    <message>
        <source>C&amp;hange person…</source>
        <translation>Mudar de &amp;pessoa…</translation>
    </message>
    <message>
        <source>Shared &amp;database…</source>
        <translation>Base de &amp;dados partilhada…</translation>
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
        <source>&amp;Undo last save</source>
        <translation>&amp;Desfazer o último salvamento</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Excluir o caso…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Lixeira…</translation>
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
        <source>&amp;Owner&apos;s guide</source>
        <translation>&amp;Guia de utilização</translation>
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
        <source>Save the changes to %1 before quitting?</source>
        <translation>Guardar as alterações a %1 antes de sair?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar alterações</translation>
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
        <source>%1 — shared: %2</source>
        <translation>%1 — partilhada: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Posto: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>staff (desk)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Also working: %1</source>
        <translation>Também a trabalhar: %1</translation>
    </message>
    <message>
        <source>Save or revert your changes first.</source>
        <translation>Salve ou descarte primeiro as suas alterações.</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Mesclar clientes</translation>
    </message>
    <message>
        <source>Find the other record of this customer</source>
        <translation>Encontrar o outro registro deste cliente</translation>
    </message>
    <message>
        <source>Find the customer to merge</source>
        <translation>Encontrar o cliente a mesclar</translation>
    </message>
    <message>
        <source>Customers to merge</source>
        <translation>Clientes a mesclar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
    <message>
        <source>Merge another record into %1:</source>
        <translation>Mesclar outro registro em %1:</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 casos</translation>
    </message>
    <message>
        <source>Stays: #%1 %2 (%3)</source>
        <translation>Permanece: #%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Merged in: pick a customer above</source>
        <translation>Será mesclado: escolha um cliente acima</translation>
    </message>
    <message>
        <source>Merged in: #%1 %2 (%3)</source>
        <translation>Será mesclado: #%1 %2 (%3)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Every case of #%2 (%1) moves to #%3, with a note in each case&apos;s history; #%2 is then removed. Notes from both records are kept when “Stays” is chosen for notes.</source>
        <translation>Todos os casos de #%2 (%1) passam para #%3, com uma nota no histórico de cada um; depois, #%2 é removido. As notas dos dois registros são mantidas quando “Permanece” é escolhido para as notas.</translation>
    </message>
    <message>
        <source>Merge #%1 %2 into #%3 %4? This cannot be undone (a backup is made on quit).</source>
        <translation>Mesclar #%1 %2 em #%3 %4? Isso não pode ser desfeito (um backup é feito ao sair).</translation>
    </message>
    <message>
        <source>Not merged: </source>
        <translation>Não mesclado: </translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Não mesclado</translation>
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
        <translation>Nome, e-mail ou telefone: encontrar ou adicionar</translation>
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
    <name>OpenProblem</name>
    <message>
        <source>Goodwill has not changed the file.</source>
        <translation>O Goodwill não alterou o arquivo.</translation>
    </message>
    <message>
        <source>This database file is empty (0 bytes). A crash or a full disk may have cut it short.</source>
        <translation>Este arquivo de banco de dados está vazio (0 bytes). Uma falha ou um disco cheio pode tê-lo cortado.</translation>
    </message>
    <message>
        <source>This file is not a Goodwill database. Perhaps another file was chosen.</source>
        <translation>Este arquivo não é um banco de dados do Goodwill. Talvez outro arquivo tenha sido escolhido.</translation>
    </message>
    <message>
        <source>This file is a database of another program, not a Goodwill database.</source>
        <translation>Este arquivo é o banco de dados de outro programa, não do Goodwill.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Goodwill. Please update Goodwill to open it.</source>
        <translation>Este banco de dados foi salvo por uma versão mais recente do Goodwill. Atualize o Goodwill para abri-lo.</translation>
    </message>
    <message>
        <source>This database is damaged and cannot be opened safely.</source>
        <translation>Este banco de dados está danificado e não pode ser aberto com segurança.</translation>
    </message>
    <message>
        <source>Goodwill cannot write to this file or its folder (it is read-only, or you do not have permission).</source>
        <translation>O Goodwill não consegue gravar neste arquivo ou na pasta dele (é somente leitura ou você não tem permissão).</translation>
    </message>
    <message numerus="yes">
        <source>The latest good backup is from %1 (%n case(s)). Restoring it keeps this file as it is, moved into the backups folder.</source>
        <translation>
            <numerusform>O último backup íntegro é de %1 (%n caso). Ao restaurá-lo, este arquivo é mantido como está e movido para a pasta de backups.</numerusform>
            <numerusform>O último backup íntegro é de %1 (%n casos). Ao restaurá-lo, este arquivo é mantido como está e movido para a pasta de backups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Não é possível abrir o banco de dados</translation>
    </message>
    <message>
        <source>Restore latest good backup</source>
        <translation>Restaurar o último backup íntegro</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir outro arquivo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Não restaurado</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>O backup não foi restaurado: %1</translation>
    </message>
    <message>
        <source>Open a Goodwill database</source>
        <translation>Abrir um banco de dados do Goodwill</translation>
    </message>
    <message>
        <source>Goodwill databases (*.db);;All files (*)</source>
        <translation>Bancos de dados do Goodwill (*.db);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>OwnersGuide</name>
    <message>
        <source>Owner&apos;s guide</source>
        <translation>Guia de utilização</translation>
    </message>
    <message>
        <source>The owner&apos;s guide is not in this installation (%1).</source>
        <translation>O guia de utilização não está nesta instalação (%1).</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>Letter preview</source>
        <translation>Pré-visualização da carta</translation>
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
    <name>ReminderCenter</name>
    <message>
        <source>Goodwill: nothing due</source>
        <translation>Goodwill: nada pendente</translation>
    </message>
    <message numerus="yes">
        <source>Goodwill: %n due today</source>
        <translation>
            <numerusform>Goodwill: %n pendente hoje</numerusform>
            <numerusform>Goodwill: %n pendentes hoje</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Acompanhamento: %1</translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation>Confirmar recebimento até %1</translation>
    </message>
    <message>
        <source>Resolve by %1</source>
        <translation>Resolver até %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders due</source>
        <translation>
            <numerusform>%n lembrete pendente</numerusform>
            <numerusform>%n lembretes pendentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: </source>
        <translation>Lembrete: </translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar backup</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. Your current database is backed up first, so a restore can itself be undone from this list.</source>
        <translation>Escolha o backup para o qual voltar. Antes é feito um backup do banco de dados atual, então a própria restauração pode ser desfeita nesta lista.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Lendo os backups…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Outro arquivo…</translation>
    </message>
    <message>
        <source>Restore from a backup file kept somewhere else</source>
        <translation>Restaurar de um backup guardado em outro lugar</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegível</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n backup em %1</numerusform>
            <numerusform>%n backups em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups yet. Goodwill makes one every day you use it and whenever you quit after changes.</source>
        <translation>Ainda não há backups. O Goodwill faz um todos os dias em que você o usa e sempre que sai depois de alterações.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurar este backup?</translation>
    </message>
    <message numerus="yes">
        <source>Go back to the backup of %1 (%n case(s))?

Everything entered after it will no longer show. Your current database is backed up first, so you can come back to it from this list.</source>
        <translation>
            <numerusform>Voltar ao backup de %1 (%n caso)?

Tudo o que foi registrado depois deixará de aparecer. Antes é feito um backup do banco de dados atual, então você pode voltar a ele por esta lista.</numerusform>
            <numerusform>Voltar ao backup de %1 (%n casos)?

Tudo o que foi registrado depois deixará de aparecer. Antes é feito um backup do banco de dados atual, então você pode voltar a ele por esta lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar de um arquivo de backup</translation>
    </message>
    <message>
        <source>Goodwill databases (*.db);;All files (*)</source>
        <translation>Bancos de dados do Goodwill (*.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Restore this file?</source>
        <translation>Restaurar este arquivo?</translation>
    </message>
    <message>
        <source>Replace your database with %1?

Your current database is backed up first.</source>
        <translation>Substituir o banco de dados por %1?

Antes é feito um backup do banco de dados atual.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Não restaurado</translation>
    </message>
    <message>
        <source>The backup was not restored: %1

Your database is unchanged.</source>
        <translation>O backup não foi restaurado: %1

O seu banco de dados não foi alterado.</translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation>O banco de dados anterior foi guardado como %1.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message numerus="yes">
        <source>Your database now holds %n case(s) from the backup.</source>
        <translation>
            <numerusform>O seu banco de dados agora tem %n caso do backup.</numerusform>
            <numerusform>O seu banco de dados agora tem %n casos do backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Shared database</source>
        <translation>Base de dados partilhada</translation>
    </message>
    <message>
        <source>Several computers can keep one log on a PostgreSQL server: every desk sees the same cases, and the lists refresh within seconds when another desk saves. Without a shared database, Goodwill keeps the log in a file on this computer.</source>
        <translation>Vários computadores podem manter um registo num servidor PostgreSQL: cada posto vê os mesmos casos e as listas atualizam-se em segundos quando outro posto guarda. Sem base de dados partilhada, o Goodwill mantém o registo num ficheiro deste computador.</translation>
    </message>
    <message>
        <source>PostgreSQL address</source>
        <translation>Endereço PostgreSQL</translation>
    </message>
    <message>
        <source>Password of the shared database</source>
        <translation>Palavra-passe da base de dados partilhada</translation>
    </message>
    <message>
        <source>Leave empty to use a .pgpass file</source>
        <translation>Deixe vazio para usar um ficheiro .pgpass</translation>
    </message>
    <message>
        <source>Staff name on this desk</source>
        <translation>Nome do pessoal deste posto</translation>
    </message>
    <message>
        <source>Who works at this computer</source>
        <translation>Quem trabalha neste computador</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar a ligação</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de ligação</translation>
    </message>
    <message>
        <source>PostgreSQL address:</source>
        <translation>Endereço PostgreSQL:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Palavra-passe:</translation>
    </message>
    <message>
        <source>Staff name on this desk:</source>
        <translation>Nome do pessoal deste posto:</translation>
    </message>
    <message>
        <source>Now open: %1</source>
        <translation>Aberto agora: %1</translation>
    </message>
    <message>
        <source>The address is kept in this computer&apos;s settings for your user; its password goes to the system keyring (or, where there is none, a file only you can read), never into the settings. You may leave the password out of the address and keep it in a .pgpass file instead. A change of database takes effect the next time Goodwill starts.</source>
        <translation>O endereço é guardado nas definições deste computador para o seu utilizador; a palavra-passe vai para o porta-chaves do sistema (ou, onde não houver, para um ficheiro que só o utilizador pode ler), nunca para as definições. Também pode omitir a palavra-passe e guardá-la num ficheiro .pgpass. Uma mudança de base de dados aplica-se no próximo arranque do Goodwill.</translation>
    </message>
    <message>
        <source>Use the shared database</source>
        <translation>Usar a base de dados partilhada</translation>
    </message>
    <message>
        <source>Use the file on this computer</source>
        <translation>Usar o ficheiro deste computador</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>A ligar…</translation>
    </message>
    <message>
        <source>A shared database address starts with postgresql:// (for example postgresql://user:password@host/dbname).</source>
        <translation>O endereço de uma base de dados partilhada começa por postgresql:// (por exemplo postgresql://utilizador:palavra-passe@servidor/base).</translation>
    </message>
    <message>
        <source>Goodwill opens the shared database %1 the next time it starts.</source>
        <translation>O Goodwill abre a base de dados partilhada %1 da próxima vez que iniciar.</translation>
    </message>
    <message>
        <source>Goodwill opens the file on this computer the next time it starts. The shared log stays on its server for the other desks.</source>
        <translation>O Goodwill abre o ficheiro deste computador da próxima vez que iniciar. O registo partilhado fica no seu servidor para os outros postos.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>owner</source>
        <translation>proprietário</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gerente</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>funcionário</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Lixeira</translation>
    </message>
    <message>
        <source>Deleted cases are kept here for %1 days, then erased for good.</source>
        <translation>Os casos excluídos ficam aqui %1 dias e depois são apagados para sempre.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Apagado em</translation>
    </message>
    <message>
        <source>Deleted cases</source>
        <translation>Casos excluídos</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Excluir para sempre</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Excluir para sempre</translation>
    </message>
    <message>
        <source>Erase %1 for good, with its history, checklists, letters and files? This cannot be undone.</source>
        <translation>Apagar para sempre %1, com o histórico, listas, cartas e arquivos? Não pode ser desfeito.</translation>
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
        <source>Import a spreadsheet…</source>
        <translation>Importar uma planilha…</translation>
    </message>
    <message>
        <source>Bring in cases from a CSV file or an Excel or LibreOffice sheet</source>
        <translation>Trazer casos de um arquivo CSV ou de uma planilha do Excel ou do LibreOffice</translation>
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
<context>
    <name>window</name>
    <message>
        <source>Due today</source>
        <translation>Pendências de hoje</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
</context>
</TS>
