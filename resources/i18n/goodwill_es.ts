<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <translation>Goodwill no puede trabajar con esta base de datos: no se puede escribir en su carpeta (%2).
%1</translation>
    </message>
    <message>
        <source>Goodwill is already open on this database:
%1</source>
        <translation>Goodwill ya está abierto con esta base de datos:
%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Use the file on this computer</source>
        <translation>Usar el archivo de este ordenador</translation>
    </message>
    <message>
        <source>a network drive (%1)</source>
        <translation>una unidad de red (%1)</translation>
    </message>
    <message>
        <source>a folder that syncs to the cloud (%1)</source>
        <translation>una carpeta que se sincroniza con la nube (%1)</translation>
    </message>
    <message>
        <source>This database is in a shared folder</source>
        <translation>Esta base de datos está en una carpeta compartida</translation>
    </message>
    <message>
        <source>%1 is on %2.

A Goodwill file there can be damaged when two computers use it at once, or when the folder syncs while Goodwill is writing. To work on one log from several computers, use File &gt; Shared database… (PostgreSQL) instead; to keep this file safe, move it to a folder on this computer.</source>
        <translation>%1 está en %2.

Un archivo de Goodwill puede dañarse ahí cuando dos ordenadores lo usan a la vez, o cuando la carpeta se sincroniza mientras Goodwill escribe. Para trabajar en un mismo registro desde varios ordenadores, use Archivo &gt; Base de datos compartida… (PostgreSQL); para proteger este archivo, muévalo a una carpeta de este ordenador.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Nothing was saved: choose who is at the desk first (File &gt; Change person…).</source>
        <translation>No se ha guardado nada: elija primero quién está en el puesto (Archivo &gt; Cambiar de persona…).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Se ha producido un error</translation>
    </message>
</context>
<context>
    <name>ApprovalsNotifier</name>
    <message numerus="yes">
        <source>%n new for you to decide or take over</source>
        <translation>
            <numerusform>%n novedad para decidir o asumir</numerusform>
            <numerusform>%n novedades para decidir o asumir</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: awaiting your approval</source>
        <translation>%1: espera su aprobación</translation>
    </message>
    <message>
        <source>%1: referred to you</source>
        <translation>%1: derivado a usted</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Waiting on you</source>
        <translation>Le espera</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Approve or decline: %1 of %2 %3</source>
        <translation>Aprobar o rechazar: %1 de %2 %3</translation>
    </message>
    <message>
        <source>Referred to you: %1</source>
        <translation>Derivado a usted: %1</translation>
    </message>
    <message>
        <source>Referred to you</source>
        <translation>Derivado a usted</translation>
    </message>
    <message numerus="yes">
        <source>%n remedy(s) awaiting your approval</source>
        <translation>
            <numerusform>%n compensación espera su aprobación</numerusform>
            <numerusform>%n compensaciones esperan su aprobación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) referred to you</source>
        <translation>
            <numerusform>%n caso derivado a usted</numerusform>
            <numerusform>%n casos derivados a usted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Files kept with this case</source>
        <translation>Archivos guardados con este caso</translation>
    </message>
    <message>
        <source>Drop photos or files here, paste an image (Ctrl+V), or use Add file…. Up to 20 MB a file.</source>
        <translation>Arrastre aquí fotos o archivos, pegue una imagen (Ctrl+V) o use «Añadir archivo…». Hasta 20 MB por archivo.</translation>
    </message>
    <message>
        <source>Files message</source>
        <translation>Mensaje sobre los archivos</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Añadir archivo…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Añadir archivos al caso</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>Se ha añadido %n archivo.</numerusform>
            <numerusform>Se han añadido %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: </source>
        <translation>No añadido: </translation>
    </message>
    <message>
        <source>the clipboard holds no image or file</source>
        <translation>el portapapeles no contiene ninguna imagen ni archivo</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>No program is set up to open </source>
        <translation>No hay ningún programa configurado para abrir </translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Quitar archivos</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from this case? The case history keeps a note.</source>
        <translation>
            <numerusform>¿Quitar %n archivo de este caso? El historial del caso conserva una nota.</numerusform>
            <numerusform>¿Quitar %n archivos de este caso? El historial del caso conserva una nota.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>on quit</source>
        <translation>al salir</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>archivo dañado apartado</translation>
    </message>
</context>
<context>
    <name>CaseAuthority</name>
    <message>
        <source>Remedy approval</source>
        <translation>Aprobación de la compensación</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approve the remedy</source>
        <translation>Aprobar la compensación</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Decline the remedy, with a reason</source>
        <translation>Rechazar la compensación, con un motivo</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Refer to…</source>
        <translation>Derivar a…</translation>
    </message>
    <message>
        <source>Hand the case to a manager or the owner, with a note</source>
        <translation>Derivar el caso a un encargado o al propietario, con una nota</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Asignar a…</translation>
    </message>
    <message>
        <source>Make a person responsible for this case</source>
        <translation>Hacer responsable de este caso a una persona</translation>
    </message>
    <message>
        <source>Awaiting approval by a manager or the owner: %1</source>
        <translation>Pendiente de aprobación por un encargado o el propietario: %1</translation>
    </message>
    <message>
        <source>Given over the limit: %1. For the owner&apos;s review.</source>
        <translation>Dado por encima del límite: %1. Para revisión del propietario.</translation>
    </message>
    <message>
        <source>%1 approved by %2 at %3</source>
        <translation>%1 aprobado por %2 el %3</translation>
    </message>
    <message>
        <source>Declined by %1 at %2</source>
        <translation>Rechazado por %1 el %2</translation>
    </message>
    <message>
        <source>%1 granted</source>
        <translation>%1 concedido</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignado a %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <comment>remedy of amount currency</comment>
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <source>Remedy not recorded</source>
        <translation>Compensación no registrada</translation>
    </message>
    <message>
        <source>The remedy is above your limit: it is recorded as a request awaiting approval by a manager or the owner.</source>
        <translation>La compensación supera su límite: se registra como una solicitud pendiente de aprobación por un encargado o el propietario.</translation>
    </message>
    <message>
        <source>Recorded as given above your limit, and flagged for the owner&apos;s review.</source>
        <translation>Registrado como dado por encima de su límite y marcado para revisión del propietario.</translation>
    </message>
    <message>
        <source>Remedy granted.</source>
        <translation>Compensación concedida.</translation>
    </message>
    <message>
        <source>Letter not written</source>
        <translation>Carta no escrita</translation>
    </message>
    <message>
        <source>This letter would promise the remedy, which awaits approval by a manager or the owner. It can be written once the remedy is approved or declined.</source>
        <translation>Esta carta prometería la compensación, que espera la aprobación de un encargado o del propietario. Podrá escribirse cuando se apruebe o rechace.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>Motivo (opcional):</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Why is the remedy declined? The person who asked is told.</source>
        <translation>¿Por qué se rechaza la compensación? Se informa a quien la pidió.</translation>
    </message>
    <message>
        <source>There is no manager or owner to refer the case to.</source>
        <translation>No hay ningún encargado ni propietario a quien derivar el caso.</translation>
    </message>
    <message>
        <source>Who should take over this case?</source>
        <translation>¿Quién debe asumir este caso?</translation>
    </message>
    <message>
        <source>A note for %1 (what the customer wants, what was said):</source>
        <translation>Una nota para %1 (qué quiere el cliente, qué se dijo):</translation>
    </message>
    <message>
        <source>Who is responsible for this case?</source>
        <translation>¿Quién es responsable de este caso?</translation>
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
        <translation>Fecha</translation>
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
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencido: %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case selected</source>
        <translation>Ningún caso seleccionado</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approve remedy over the refund limit</source>
        <translation>Aprobar la compensación por encima del límite de reembolso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de control</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
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
        <translation>Ahora</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Guardar los cambios (%1)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Put back the saved values</source>
        <translation>Restaurar los valores guardados</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acusar recibo</translation>
    </message>
    <message>
        <source>Stamp the acknowledged time with now</source>
        <translation>Registrar el acuse de recibo con la hora actual</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Stamp the resolved time with now and mark it resolved</source>
        <translation>Registrar la hora de resolución y marcarlo como resuelto</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Escribir una carta</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>letter kind</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Archivos (%1)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
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
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto el</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <source>Remedy cost</source>
        <translation>Coste de la compensación</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Customer returned</source>
        <translation>El cliente volvió</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>En investigación</translation>
    </message>
    <message>
        <source>Found: our fault</source>
        <translation>Resultado: culpa nuestra</translation>
    </message>
    <message>
        <source>Found: not our fault</source>
        <translation>Resultado: no es culpa nuestra</translation>
    </message>
    <message>
        <source>What happened, for letters</source>
        <translation>Lo ocurrido (para las cartas)</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección aprendida</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>Cerrado porque</translation>
    </message>
    <message>
        <source>%1 from &lt;a href=&apos;customer&apos;&gt;%2&lt;/a&gt;</source>
        <translation>%1 de &lt;a href=&apos;customer&apos;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Needs approval (over your refund limit of %1 %2)</source>
        <translation>Requiere aprobación (supera su límite de reembolso de %1 %2)</translation>
    </message>
    <message>
        <source>Approved by %1 %2</source>
        <translation>Aprobado por %1 %2</translation>
    </message>
    <message>
        <source>acknowledge by %1</source>
        <translation>acusar recibo antes del %1</translation>
    </message>
    <message>
        <source>resolve by %1</source>
        <translation>resolver antes del %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencido: %1</translation>
    </message>
    <message>
        <source>None (not a complaint)</source>
        <translation>Ninguno (no es una reclamación)</translation>
    </message>
    <message>
        <source>%1 is not among the cases listed now: the search or filters leave it out. Your unsaved changes to it are still here.</source>
        <translation>%1 ya no está entre los casos listados: la búsqueda o los filtros lo dejan fuera. Sus cambios sin guardar siguen aquí.</translation>
    </message>
    <message>
        <source>%1 is not among the cases listed</source>
        <translation>%1 no está entre los casos listados</translation>
    </message>
    <message>
        <source>The search or filters leave it out. Clear them to see it again.</source>
        <translation>La búsqueda o los filtros lo dejan fuera. Bórrelos para volver a verlo.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>No se ha guardado: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>These required steps are not done:
%1

Why close anyway?</source>
        <translation>Estos pasos obligatorios no están hechos:
%1

¿Por qué cerrar de todos modos?</translation>
    </message>
    <message>
        <source>Not closed: the required steps are not done.</source>
        <translation>No se ha cerrado: los pasos obligatorios no están hechos.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>nothing shown here</source>
        <translation>nada de lo que se muestra aquí</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>Cambiado en otro puesto</translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. Nothing was saved yet.

Changed there: %2
Your changes: %3

Keep your changes (they replace the other desk&apos;s for these fields), or take the other desk&apos;s version (your changes here are discarded)?</source>
        <translation>%1 se cambió en otro puesto desde que lo abrió. Aún no se ha guardado nada.

Cambiado allí: %2
Sus cambios: %3

¿Conservar sus cambios (sustituyen a los del otro puesto en estos campos) o tomar la versión del otro puesto (sus cambios aquí se descartan)?</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Conservar mis cambios</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar su versión</translation>
    </message>
    <message>
        <source>Showing the case as the other desk saved it.</source>
        <translation>Se muestra el caso tal como lo guardó el otro puesto.</translation>
    </message>
    <message>
        <source>Not saved: the case was changed on another desk.</source>
        <translation>No guardado: el caso se cambió en otro puesto.</translation>
    </message>
    <message>
        <source>Resolve anyway?</source>
        <translation>¿Resolver de todos modos?</translation>
    </message>
    <message>
        <source>These required steps are not done:
%1

Why resolve anyway?</source>
        <translation>Estos pasos obligatorios no están hechos:
%1

¿Por qué resolver de todos modos?</translation>
    </message>
    <message>
        <source>Not resolved: the required steps are not done.</source>
        <translation>No resuelto: los pasos obligatorios no están hechos.</translation>
    </message>
    <message>
        <source>Who approves this remedy?</source>
        <translation>¿Quién aprueba esta compensación?</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist progress</source>
        <translation>Progreso de la lista</translation>
    </message>
    <message>
        <source>Checklist to start</source>
        <translation>Lista que iniciar</translation>
    </message>
    <message>
        <source>Start checklist</source>
        <translation>Iniciar lista</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Plantillas…</translation>
    </message>
    <message>
        <source>Add your own checklists or copy a built-in one</source>
        <translation>Crear listas propias o copiar una incluida</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Quitar la lista</translation>
    </message>
    <message>
        <source>Take off the selected checklist started by mistake</source>
        <translation>Quitar la lista seleccionada, iniciada por error</translation>
    </message>
    <message>
        <source>Ticking as</source>
        <translation>Marcar como</translation>
    </message>
    <message>
        <source>Whose name goes on the steps you tick</source>
        <translation>El nombre que figura en los pasos que marque</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Pasos de la lista</translation>
    </message>
    <message>
        <source>Note on the step</source>
        <translation>Nota sobre el paso</translation>
    </message>
    <message>
        <source>A short note on this step</source>
        <translation>Una nota breve sobre este paso</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Set follow-up</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear follow-up date</source>
        <translation>Borrar la fecha de seguimiento</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Follow up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>Ticking as:</source>
        <translation>Marcar como:</translation>
    </message>
    <message>
        <source>Bold steps must be done before closing. Hover over a step for advice.</source>
        <translation>Los pasos en negrita deben hacerse antes de cerrar. Pase el puntero sobre un paso para ver consejos.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (sugerida)</translation>
    </message>
    <message>
        <source>%1 (already started)</source>
        <translation>%1 (ya iniciada)</translation>
    </message>
    <message>
        <source>Suggested checklist:</source>
        <translation>Lista sugerida:</translation>
    </message>
    <message>
        <source>Add a checklist:</source>
        <translation>Añadir una lista:</translation>
    </message>
    <message>
        <source>When to use: %1</source>
        <translation>Cuándo usarla: %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 done</source>
        <translation>%1 · %2 de %3 hechos</translation>
    </message>
    <message>
        <source>Started %1 by %2</source>
        <translation>Iniciada el %1 por %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Follow-up due since %1</source>
        <translation>Seguimiento pendiente desde el %1</translation>
    </message>
    <message>
        <source>Follow up by %1</source>
        <translation>Seguimiento antes del %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Required before the case can be closed.</source>
        <translation>Obligatorio antes de poder cerrar el caso.</translation>
    </message>
    <message>
        <source>required, done</source>
        <translation>obligatorio, hecho</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Paso %1, %2: %3</translation>
    </message>
    <message>
        <source>No checklist yet. Start the suggested one, or choose another.</source>
        <translation>Todavía no hay lista. Inicie la sugerida o elija otra.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 de %2 pasos hechos.</translation>
    </message>
    <message numerus="yes">
        <source>%n required step(s) still to do.</source>
        <translation>
            <numerusform>Queda %n paso obligatorio por hacer.</numerusform>
            <numerusform>Quedan %n pasos obligatorios por hacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>All required steps are done.</source>
        <translation>Todos los pasos obligatorios están hechos.</translation>
    </message>
    <message>
        <source>Select a step to add a note or a follow-up date.</source>
        <translation>Seleccione un paso para añadir una nota o una fecha de seguimiento.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Change the severity?</source>
        <translation>¿Cambiar la gravedad?</translation>
    </message>
    <message>
        <source>This checklist suggests severity %1 (now %2). Change it?</source>
        <translation>Esta lista sugiere la gravedad %1 (ahora %2). ¿Cambiarla?</translation>
    </message>
    <message>
        <source>Remove the checklist “%1” from %2, with its ticks, notes and follow-ups?</source>
        <translation>¿Quitar la lista «%1» de %2, con sus marcas, notas y seguimientos?</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplatesDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>Plantillas de listas de control</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Make your own editable copy of this template</source>
        <translation>Crear una copia propia y editable de esta plantilla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Cuándo usarla</translation>
    </message>
    <message>
        <source>The kind of case this checklist is for</source>
        <translation>El tipo de caso para el que sirve esta lista</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Advice (shown on hover)</source>
        <translation>Consejo (al señalar)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Follow up after (days)</source>
        <translation>Seguimiento tras (días)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%1  (built-in)</source>
        <translation>%1  (incluida)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Your changes to “%1” are not saved. Discard them?</source>
        <translation>Los cambios en «%1» no están guardados. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>This is a built-in checklist and cannot be changed. Press &lt;b&gt;Copy&lt;/b&gt; to make your own version of it.</source>
        <translation>Esta lista viene incluida y no se puede cambiar. Pulse &lt;b&gt;Copiar&lt;/b&gt; para crear su propia versión.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Based on: %1</source>
        <translation>&lt;br&gt;Basada en: %1</translation>
    </message>
    <message>
        <source>Your own checklist. Changes apply to checklists started from now on; cases keep the steps they started with.</source>
        <translation>Su propia lista. Los cambios se aplican a las listas que se inicien a partir de ahora; los casos conservan los pasos con los que empezaron.</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>¿Eliminar la plantilla?</translation>
    </message>
    <message>
        <source>Delete “%1”? Cases that use it keep their own copy of the steps.</source>
        <translation>¿Eliminar «%1»? Los casos que la usan conservan su propia copia de los pasos.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Find a customer by name, e-mail or phone</source>
        <translation>Buscar un cliente por nombre, correo o teléfono</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Customer summary</source>
        <translation>Resumen del cliente</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
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
        <translation>&amp;Idioma de las cartas</translation>
    </message>
    <message>
        <source>Shown whenever a case is logged for them, e.g. &apos;refer to the owner&apos;</source>
        <translation>Aparece cada vez que se registra un caso suyo, p. ej. «pasar a la propietaria»</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Guardar cliente</translation>
    </message>
    <message>
        <source>New case for this customer</source>
        <translation>Nuevo caso para este cliente</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <source>Another record of the same customer: move its cases here and keep the values you choose</source>
        <translation>Otro registro del mismo cliente: mover sus casos aquí y conservar los valores que elija</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data…</source>
        <translation>Exportar sus datos…</translation>
    </message>
    <message>
        <source>Erase this customer…</source>
        <translation>Borrar este cliente…</translation>
    </message>
    <message>
        <source>This customer&apos;s cases</source>
        <translation>Casos de este cliente</translation>
    </message>
    <message>
        <source>Cases (double-click to open):</source>
        <translation>Casos (doble clic para abrir):</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Ningún cliente seleccionado</translation>
    </message>
    <message>
        <source>%1  (erased)</source>
        <translation>%1  (borrado)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1, %2, remedies paid %3 %4, last visit %5</source>
        <translation>%1, %2, compensaciones pagadas %3 %4, última visita %5</translation>
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
            <numerusform>%n reclamación</numerusform>
            <numerusform>%n reclamaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>No se ha guardado: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n case(s) moved here.</source>
        <translation>
            <numerusform>Fusionado: se ha movido %n caso aquí.</numerusform>
            <numerusform>Fusionado: se han movido %n casos aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>Exportar los datos de este cliente</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>The data of %1 was saved to %2.</source>
        <translation>Los datos de %1 se han guardado en %2.</translation>
    </message>
    <message>
        <source>Erase this customer?</source>
        <translation>¿Borrar este cliente?</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 from this database? This cannot be undone.</source>
        <translation>¿Borrar los datos personales de %1 de esta base de datos? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>No borrado</translation>
    </message>
</context>
<context>
    <name>DataSettingsDialog</name>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Última copia:</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>Carpeta de copias:</translation>
    </message>
    <message>
        <source>Goodwill backs up this database every day you use it, before imports, upgrades and restores, and when you quit after changes. It keeps every backup of the last 2 days, then one a day for 2 weeks, one a week for 2 months and one a month for a year. Erasing a customer does not change backups made before it; they rotate out within a year.</source>
        <translation>Goodwill hace una copia de esta base de datos cada día que lo usa, antes de importaciones, actualizaciones y restauraciones, y al salir tras hacer cambios. Conserva todas las copias de los últimos 2 días, luego una al día durante 2 semanas, una a la semana durante 2 meses y una al mes durante un año. Borrar un cliente no cambia las copias anteriores; desaparecen en menos de un año.</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Abrir la carpeta de copias</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Shared database…</source>
        <translation>Base de datos compartida…</translation>
    </message>
    <message>
        <source>One log on a PostgreSQL server for several computers; this desk&apos;s staff name</source>
        <translation>Un registro en un servidor PostgreSQL para varios ordenadores; el nombre del personal de este puesto</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>compartida: %1</translation>
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
            <numerusform>%1 (%2, %3); se conserva %n</numerusform>
            <numerusform>%1 (%2, %3); se conservan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>No se ha podido hacer la copia: %1</translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>acknowledged ({stamp}) before it occurred ({occurred})</source>
        <translation>acusado ({stamp}) antes de ocurrir ({occurred})</translation>
    </message>
    <message>
        <source>resolved ({stamp}) before it occurred ({occurred})</source>
        <translation>resuelto ({stamp}) antes de ocurrir ({occurred})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM or ISO 8601)</source>
        <translation>«{value}» no es una fecha (use AAAA-MM-DD, AAAA-MM-DD HH:MM o ISO 8601)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM or ISO 8601, or as {locale} writes it: {example})</source>
        <translation>«{value}» no es una fecha (use AAAA-MM-DD, AAAA-MM-DD HH:MM, ISO 8601 o como escribe {locale}: {example})</translation>
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
        <translation>Mañana 9:00</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La próxima semana</translation>
    </message>
</context>
<context>
    <name>DeskPicker</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>¿Quién está en el puesto?</translation>
    </message>
    <message>
        <source>Changes, ticks, letters and approvals made here are recorded under your name.</source>
        <translation>Los cambios, pasos marcados, cartas y aprobaciones hechos aquí se registran a su nombre.</translation>
    </message>
    <message>
        <source>Person at the desk</source>
        <translation>Persona en el puesto</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Su PIN</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Sin PIN</translation>
    </message>
    <message>
        <source>Nobody is on the staff list yet.</source>
        <translation>Todavía no hay nadie en la lista del personal.</translation>
    </message>
    <message>
        <source>Wrong PIN for %1. Try again.</source>
        <translation>PIN incorrecto para %1. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;Mis casos</translation>
    </message>
    <message>
        <source>Show only cases assigned to me</source>
        <translation>Mostrar solo los casos asignados a mí</translation>
    </message>
    <message>
        <source>Change person</source>
        <translation>Cambiar de persona</translation>
    </message>
    <message>
        <source>Change the person at the desk</source>
        <translation>Cambiar la persona en el puesto</translation>
    </message>
    <message>
        <source>This business keeps no staff records, so changes are recorded under the owner&apos;s name. Add people with `goodwill staff add` (docs/staff-and-authority.md).</source>
        <translation>Este negocio no lleva lista del personal, así que los cambios se registran a nombre del propietario. Añada personas con `goodwill staff add` (docs/staff-and-authority.md).</translation>
    </message>
    <message>
        <source>nobody (changes are refused)</source>
        <translation>nadie (se rechazan los cambios)</translation>
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
        <translation>Tarea</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Pendientes de hoy</translation>
    </message>
    <message>
        <source>Due today summary</source>
        <translation>Resumen de pendientes de hoy</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message numerus="yes">
        <source>%n more overdue since %1</source>
        <translation>
            <numerusform>%n más vencido desde %1</numerusform>
            <numerusform>%n más vencidos desde %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show them</source>
        <translation>Haga clic para verlos</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) overdue</source>
        <translation>
            <numerusform>%n caso vencido</numerusform>
            <numerusform>%n casos vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more due later today</source>
        <translation>
            <numerusform>%n más vence hoy</numerusform>
            <numerusform>%n más vencen hoy</numerusform>
        </translation>
    </message>
    <message>
        <source> (snoozed until %1)</source>
        <translation> (pospuesto hasta el %1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acusar recibo</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>due at %1</source>
        <translation>vence a las %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>%n hora de retraso</numerusform>
            <numerusform>%n horas de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nada pendiente para hoy.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Complaint</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Felicitación</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
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
        <translation>Abierto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Abono</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sustitución</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Obsequio</translation>
    </message>
    <message>
        <source>Apology only</source>
        <translation>Solo disculpas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <source>E-mailed</source>
        <translation>Enviada por correo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created</source>
        <translation>creado</translation>
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
        <translation>movido a la papelera</translation>
    </message>
    <message>
        <source>in the Trash</source>
        <translation>en la papelera</translation>
    </message>
    <message>
        <source>checklist started</source>
        <translation>lista de control iniciada</translation>
    </message>
    <message>
        <source>checklist removed</source>
        <translation>lista de control quitada</translation>
    </message>
    <message>
        <source>step done</source>
        <translation>paso hecho</translation>
    </message>
    <message>
        <source>step undone</source>
        <translation>paso desmarcado</translation>
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
        <translation>adjunto añadido</translation>
    </message>
    <message>
        <source>attachment removed</source>
        <translation>adjunto quitado</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>borrado</translation>
    </message>
    <message>
        <source>remedy</source>
        <translation>compensación</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>aprobación</translation>
    </message>
    <message>
        <source>step %1 note</source>
        <translation>nota del paso %1</translation>
    </message>
    <message>
        <source>step %1 follow-up</source>
        <translation>seguimiento del paso %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>Correo del cliente</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Teléfono del cliente</translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation>Dirección del cliente</translation>
    </message>
    <message>
        <source>Kind (complaint, compliment…)</source>
        <translation>Tipo (queja, elogio…)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Acusado el</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resuelto el</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <source>Cost of the remedy</source>
        <translation>Coste de la compensación</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Satisfacción (1-5)</translation>
    </message>
    <message>
        <source>Customer came back</source>
        <translation>El cliente volvió</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Lección aprendida</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <source>Customer language</source>
        <translation>Idioma del cliente</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Check that each column of your file lands in the right Goodwill column. Columns set to “Leave out” are not imported. Nothing is written until you press Import.</source>
        <translation>Compruebe que cada columna de su archivo va a la columna correcta de Goodwill. Las columnas con «Omitir» no se importan. No se guarda nada hasta que pulse «Importar».</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>The first rows as Goodwill reads them</source>
        <translation>Las primeras filas tal como las lee Goodwill</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
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
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>Comprobando todas las filas del archivo…</translation>
    </message>
    <message>
        <source>Which date is meant?</source>
        <translation>¿Qué fecha se quiere decir?</translation>
    </message>
    <message>
        <source>Line %1 of the file has the date %2, which reads two ways, and no other date in the file tells which. How does the file write dates?</source>
        <translation>La línea %1 del archivo tiene la fecha %2, que se lee de dos maneras, y ninguna otra fecha del archivo indica cuál. ¿Cómo escribe las fechas el archivo?</translation>
    </message>
    <message>
        <source>%1 (the day first)</source>
        <translation>%1 (primero el día)</translation>
    </message>
    <message>
        <source>%1 (the month first)</source>
        <translation>%1 (primero el mes)</translation>
    </message>
    <message>
        <source>Ready: importing adds %1 and %2.</source>
        <translation>Listo: la importación añadirá %1 y %2.</translation>
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
            <numerusform>%n cliente nuevo</numerusform>
            <numerusform>%n clientes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready: fix these problems in the file (or map the columns above), then import again. Nothing has been written.</source>
        <translation>No está listo: corrija estos problemas en el archivo (o asigne las columnas de arriba) y vuelva a importar. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing has been written.</source>
        <translation>No se ha podido leer el archivo. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it with nothing written.</source>
        <translation>Importando… «Cancelar» lo detiene sin guardar nada.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3.</source>
        <translation>Se han importado %1 y %2 de %3.</translation>
    </message>
    <message>
        <source>Stopping the import; nothing will be written…</source>
        <translation>Deteniendo la importación; no se guardará nada…</translation>
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
        <translation>Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Exportar casos</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n caso a %1.</numerusform>
            <numerusform>Se han exportado %n casos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
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
        <translation>Carta (EE. UU.)</translation>
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
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>Start again from the template</source>
        <translation>Empezar de nuevo desde la plantilla</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Editar plantilla…</translation>
    </message>
    <message>
        <source>Change the wording every new letter of this kind starts from</source>
        <translation>Cambiar el texto con el que empieza cada carta nueva de este tipo</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>Letter check warnings</source>
        <translation>Avisos de la revisión</translation>
    </message>
    <message>
        <source>A first line “Subject: …” becomes the bold line above the letter; a blank line starts a new paragraph.</source>
        <translation>Una primera línea «Asunto: …» se convierte en la línea en negrita sobre la carta; una línea en blanco empieza un párrafo nuevo.</translation>
    </message>
    <message>
        <source>Letter check (advice only; nothing stops you printing):</source>
        <translation>Revisión de la carta (solo consejos; nada le impide imprimir):</translation>
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
        <translation>Por correo…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to the customer with this letter as a PDF, and open it in your mail program</source>
        <translation>Crear un borrador de correo para el cliente con esta carta en PDF y abrirlo en su programa de correo</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Throw away your changes to this letter and start again from the template?</source>
        <translation>¿Descartar los cambios de esta carta y empezar de nuevo desde la plantilla?</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Sin avisos.</translation>
    </message>
    <message>
        <source>the business name</source>
        <translation>el nombre de la empresa</translation>
    </message>
    <message>
        <source>the signature name</source>
        <translation>el nombre del firmante</translation>
    </message>
    <message>
        <source>Not ready to send: a letter needs a sender. Set %1 in Settings &gt; Business profile.</source>
        <translation>No está lista para enviar: una carta necesita un remitente. Indique %1 en Configuración &gt; Perfil de la empresa.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
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
        <translation>No se ha podido generar la vista previa: %1</translation>
    </message>
    <message>
        <source>Printed and kept with case %1.</source>
        <translation>Impresa y guardada con el caso %1.</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Guardar la carta como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1 and kept with case %2.</source>
        <translation>Guardada en %1 y con el caso %2.</translation>
    </message>
    <message>
        <source>Save e-mail draft</source>
        <translation>Guardar borrador de correo</translation>
    </message>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>Borradores de correo (*.eml)</translation>
    </message>
    <message>
        <source> The customer has no e-mail address: add one in the draft.</source>
        <translation> El cliente no tiene dirección de correo: añada una en el borrador.</translation>
    </message>
    <message>
        <source>E-mail draft opened in your mail program</source>
        <translation>Borrador de correo abierto en su programa de correo</translation>
    </message>
    <message>
        <source>E-mail draft saved to </source>
        <translation>Borrador de correo guardado en </translation>
    </message>
</context>
<context>
    <name>LetterTemplatesDialog</name>
    <message>
        <source>Letter templates</source>
        <translation>Plantillas de carta</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Tipo de carta</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>Placeholders filled from the case: %1. Paragraphs are separated by a blank line. A paragraph may offer other versions after a line holding only |; the first version whose placeholders all have a value is used, and a paragraph with none is left out. New drafts use the template; letters already drafted keep their text.</source>
        <translation>Marcadores que se rellenan con el caso: %1. Los párrafos se separan con una línea en blanco. Un párrafo puede ofrecer otras versiones tras una línea que solo contenga |; se usa la primera versión cuyos marcadores tengan todos un valor, y un párrafo sin ninguna se omite. Los borradores nuevos usan la plantilla; las cartas ya redactadas conservan su texto.</translation>
    </message>
    <message>
        <source>Restore the built-in wording</source>
        <translation>Restaurar el texto incluido</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Carta:</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Su propio texto</translation>
    </message>
    <message>
        <source>Built-in wording</source>
        <translation>Texto incluido</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Plantilla no guardada</translation>
    </message>
    <message>
        <source>Restore template</source>
        <translation>Restaurar plantilla</translation>
    </message>
    <message>
        <source>Replace your wording with the built-in template for this kind of letter?</source>
        <translation>¿Sustituir su texto por la plantilla incluida para este tipo de carta?</translation>
    </message>
</context>
<context>
    <name>LetterViewer</name>
    <message>
        <source>%1 letter, %2 %3</source>
        <translation>Carta: %1, %2 el %3</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Volver a imprimir…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Save a copy of the letter</source>
        <translation>Guardar una copia de la carta</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
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
        <translation>Todavía no hay cartas. Use el botón «Carta» para escribir una.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Volver a imprimir…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
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
        <translation>Quién está trabajando</translation>
    </message>
    <message>
        <source>Search cases: customer, summary, details, category, staff…</source>
        <translation>Buscar casos: cliente, resumen, detalles, categoría, empleado…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro por tipo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro por estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro por categoría</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Staff filter</source>
        <translation>Filtro por empleado</translation>
    </message>
    <message>
        <source>Any staff</source>
        <translation>Todos los empleados</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;vencidos</translation>
    </message>
    <message>
        <source>Show only overdue cases</source>
        <translation>Mostrar solo los casos vencidos</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Log a new case (Ctrl+N)</source>
        <translation>Registrar un caso nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range: from … to …</comment>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no date chosen</comment>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
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
        <translation>Exportar los casos &amp;mostrados…</translation>
    </message>
    <message>
        <source>Case s&amp;heet PDF…</source>
        <translation>&amp;Ficha del caso en PDF…</translation>
    </message>
    <message>
        <source>C&amp;hange person…</source>
        <translation>Cam&amp;biar de persona…</translation>
    </message>
    <message>
        <source>Shared &amp;database…</source>
        <translation>Base de &amp;datos compartida…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Guardar caso</translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation>&amp;Deshacer el último guardado</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Eliminar el caso…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show only complaints past their targets</source>
        <translation>Mostrar solo las reclamaciones fuera de plazo</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>Informe &amp;mensual…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Business profile…</source>
        <translation>&amp;Perfil de la empresa…</translation>
    </message>
    <message>
        <source>&amp;Checklist templates…</source>
        <translation>Plantillas de &amp;listas…</translation>
    </message>
    <message>
        <source>&amp;Data…</source>
        <translation>&amp;Datos…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Owner&apos;s guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;About Goodwill</source>
        <translation>&amp;Acerca de Goodwill</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1 before quitting?</source>
        <translation>¿Guardar los cambios de %1 antes de salir?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>¿Guardar primero los cambios de %1?</translation>
    </message>
    <message>
        <source>%1+ (loading)</source>
        <translation>%1+ (cargando)</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Mostrando %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 cases  ·  %3 open  ·  %4 overdue</source>
        <translation>Mostrando %1 de %2 casos  ·  %3 abiertos  ·  %4 vencidos</translation>
    </message>
    <message>
        <source>%1 — shared: %2</source>
        <translation>%1 — compartida: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Puesto: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>staff (desk)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Also working: %1</source>
        <translation>También trabajando: %1</translation>
    </message>
    <message>
        <source>Save or revert your changes first.</source>
        <translation>Guarde o descarte primero sus cambios.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>%1 %2
A customer-care desk for small businesses.

Database: %3</source>
        <translation>%1 %2
Atención al cliente para pequeñas empresas.

Base de datos: %3</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Fusionar clientes</translation>
    </message>
    <message>
        <source>Find the other record of this customer</source>
        <translation>Buscar el otro registro de este cliente</translation>
    </message>
    <message>
        <source>Find the customer to merge</source>
        <translation>Buscar el cliente que fusionar</translation>
    </message>
    <message>
        <source>Customers to merge</source>
        <translation>Clientes que fusionar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Merge another record into %1:</source>
        <translation>Fusionar otro registro con %1:</translation>
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
        <translation>Se mantiene: #%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Merged in: pick a customer above</source>
        <translation>Se fusiona: elija un cliente arriba</translation>
    </message>
    <message>
        <source>Merged in: #%1 %2 (%3)</source>
        <translation>Se fusiona: #%1 %2 (%3)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Every case of #%2 (%1) moves to #%3, with a note in each case&apos;s history; #%2 is then removed. Notes from both records are kept when “Stays” is chosen for notes.</source>
        <translation>Todos los casos de #%2 (%1) pasan a #%3, con una nota en el historial de cada uno; después se elimina #%2. Las notas de ambos registros se conservan si se elige «Se mantiene» para las notas.</translation>
    </message>
    <message>
        <source>Merge #%1 %2 into #%3 %4? This cannot be undone (a backup is made on quit).</source>
        <translation>¿Fusionar #%1 %2 con #%3 %4? No se puede deshacer (al salir se hace una copia de seguridad).</translation>
    </message>
    <message>
        <source>Not merged: </source>
        <translation>No fusionado: </translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>No fusionado</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone to find or add</source>
        <translation>Nombre, correo o teléfono: buscar o añadir</translation>
    </message>
    <message>
        <source>Customer flag</source>
        <translation>Aviso del cliente</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
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
        <translation>C&amp;ategoría</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravedad</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Qué ha pasado, en una línea</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>E&amp;mpleado</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM; now unless you change it</source>
        <translation>AAAA-MM-DD HH:MM; ahora, salvo que lo cambie</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message numerus="yes">
        <source>%n existing customer(s) with this name: pick one from the list, or save to add a new customer.</source>
        <translation>
            <numerusform>Hay %n cliente con este nombre: elíjalo en la lista o guarde para añadir un cliente nuevo.</numerusform>
            <numerusform>Hay %n clientes con este nombre: elija uno en la lista o guarde para añadir un cliente nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing customer.</source>
        <translation>Cliente existente.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>No se ha guardado: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message>
        <source>Goodwill has not changed the file.</source>
        <translation>Goodwill no ha modificado el archivo.</translation>
    </message>
    <message>
        <source>This database file is empty (0 bytes). A crash or a full disk may have cut it short.</source>
        <translation>Este archivo de base de datos está vacío (0 bytes). Un bloqueo o un disco lleno pueden haberlo cortado.</translation>
    </message>
    <message>
        <source>This file is not a Goodwill database. Perhaps another file was chosen.</source>
        <translation>Este archivo no es una base de datos de Goodwill. Quizá se eligió otro archivo.</translation>
    </message>
    <message>
        <source>This file is a database of another program, not a Goodwill database.</source>
        <translation>Este archivo es la base de datos de otro programa, no de Goodwill.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Goodwill. Please update Goodwill to open it.</source>
        <translation>Esta base de datos se guardó con una versión más reciente de Goodwill. Actualice Goodwill para abrirla.</translation>
    </message>
    <message>
        <source>This database is damaged and cannot be opened safely.</source>
        <translation>Esta base de datos está dañada y no se puede abrir con seguridad.</translation>
    </message>
    <message>
        <source>Goodwill cannot write to this file or its folder (it is read-only, or you do not have permission).</source>
        <translation>Goodwill no puede escribir en este archivo ni en su carpeta (es de solo lectura o no tiene permiso).</translation>
    </message>
    <message numerus="yes">
        <source>The latest good backup is from %1 (%n case(s)). Restoring it keeps this file as it is, moved into the backups folder.</source>
        <translation>
            <numerusform>La última copia válida es del %1 (%n caso). Al restaurarla, este archivo se conserva tal cual, movido a la carpeta de copias.</numerusform>
            <numerusform>La última copia válida es del %1 (%n casos). Al restaurarla, este archivo se conserva tal cual, movido a la carpeta de copias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Restore latest good backup</source>
        <translation>Restaurar la última copia válida</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurado</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>La copia no se ha restaurado: %1</translation>
    </message>
    <message>
        <source>Open a Goodwill database</source>
        <translation>Abrir una base de datos de Goodwill</translation>
    </message>
    <message>
        <source>Goodwill databases (*.db);;All files (*)</source>
        <translation>Bases de datos de Goodwill (*.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>OwnersGuide</name>
    <message>
        <source>Owner&apos;s guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>The owner&apos;s guide is not in this installation (%1).</source>
        <translation>La guía de uso no está en esta instalación (%1).</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>Letter preview</source>
        <translation>Vista previa de la carta</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Goodwill</source>
        <translation>Bienvenido a Goodwill</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Perfil de la empresa</translation>
    </message>
    <message>
        <source>Business &amp;name</source>
        <translation>&amp;Nombre de la empresa</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Su nombre</translation>
    </message>
    <message>
        <source>Signs letters and approves remedies</source>
        <translation>Firma las cartas y aprueba las compensaciones</translation>
    </message>
    <message>
        <source>Your &amp;title</source>
        <translation>Su &amp;cargo</translation>
    </message>
    <message>
        <source>For example: Owner, Manager</source>
        <translation>Por ejemplo: Propietaria, Gerente</translation>
    </message>
    <message>
        <source>Lan&amp;guage and formats</source>
        <translation>Idio&amp;ma y formatos</translation>
    </message>
    <message>
        <source>The language of the window and the letters, and how dates and amounts are written in your files, for example de_DE reads 7,20 and 03.10.2026</source>
        <translation>El idioma de la ventana y de las cartas, y cómo se escriben las fechas y los importes en sus archivos; por ejemplo, de_DE lee 7,20 y 03.10.2026</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>3 letters: EUR, GBP, USD…</source>
        <translation>3 letras: EUR, MXN, USD…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Pa&amp;per size</source>
        <translation>Tamaño de &amp;papel</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge within</source>
        <translation>Acusar recibo &amp;en</translation>
    </message>
    <message>
        <source>A complaint not acknowledged within this time is overdue</source>
        <translation>Una reclamación sin acuse de recibo en este plazo está vencida</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Resolve within</source>
        <translation>&amp;Resolver en</translation>
    </message>
    <message>
        <source>A complaint not resolved within this time is overdue</source>
        <translation>Una reclamación no resuelta en este plazo está vencida</translation>
    </message>
    <message>
        <source>Refund &amp;limit</source>
        <translation>&amp;Límite de reembolso</translation>
    </message>
    <message>
        <source>Remedies costing more than this need your approval; empty means no limit</source>
        <translation>Las compensaciones que superen este importe requieren su aprobación; vacío significa sin límite</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Elegir una imagen de logotipo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>Logo (optional)</source>
        <translation>Logotipo (opcional)</translation>
    </message>
    <message>
        <source>Welcome! Before you log your first case, tell Goodwill a little about your business. Your name and address go on the letters you print, and the targets below decide when a complaint counts as overdue. You can change all of this later under Settings &gt; Business profile.</source>
        <translation>¡Bienvenido! Antes de registrar su primer caso, cuéntele a Goodwill un poco sobre su empresa. Su nombre y dirección aparecen en las cartas que imprima, y los plazos de abajo deciden cuándo una reclamación está vencida. Puede cambiar todo esto más adelante en Configuración &gt; Perfil de la empresa.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is not an image Goodwill can read</source>
        <translation>%1 no es una imagen que Goodwill pueda leer</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>No se ha guardado: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The window will use the new language the next time you start Goodwill.</source>
        <translation>La ventana usará el nuevo idioma la próxima vez que inicie Goodwill.</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Goodwill: nothing due</source>
        <translation>Goodwill: nada pendiente</translation>
    </message>
    <message numerus="yes">
        <source>Goodwill: %n due today</source>
        <translation>
            <numerusform>Goodwill: %n pendiente hoy</numerusform>
            <numerusform>Goodwill: %n pendientes hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation>Acusar recibo antes del %1</translation>
    </message>
    <message>
        <source>Resolve by %1</source>
        <translation>Resolver antes del %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders due</source>
        <translation>
            <numerusform>%n recordatorio pendiente</numerusform>
            <numerusform>%n recordatorios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: </source>
        <translation>Recordatorio: </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly service report</source>
        <translation>Informe mensual de atención al cliente</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Make the report again from the latest figures</source>
        <translation>Volver a generar el informe con las cifras más recientes</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
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
        <translation>Generando el informe de %1…</translation>
    </message>
    <message>
        <source>The report for %1 could not be made.</source>
        <translation>No se ha podido generar el informe de %1.</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Informe mensual</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>No se ha podido generar el informe: %1</translation>
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
        <translation>Informe de atención %1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se ha podido iniciar la impresora.</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Guardar el informe mensual</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved to %1: %2</source>
        <translation>El informe no se ha guardado en %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. Your current database is backed up first, so a restore can itself be undone from this list.</source>
        <translation>Elija la copia a la que volver. Antes se hace una copia de su base de datos actual, así que una restauración también se puede deshacer desde esta lista.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Leyendo las copias de seguridad…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <source>Restore from a backup file kept somewhere else</source>
        <translation>Restaurar desde una copia guardada en otro sitio</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n copia de seguridad en %1</numerusform>
            <numerusform>%n copias de seguridad en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups yet. Goodwill makes one every day you use it and whenever you quit after changes.</source>
        <translation>Todavía no hay copias. Goodwill hace una cada día que lo usa y cada vez que sale tras hacer cambios.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message numerus="yes">
        <source>Go back to the backup of %1 (%n case(s))?

Everything entered after it will no longer show. Your current database is backed up first, so you can come back to it from this list.</source>
        <translation>
            <numerusform>¿Volver a la copia del %1 (%n caso)?

Todo lo registrado después dejará de verse. Antes se hace una copia de su base de datos actual, así que podrá volver a ella desde esta lista.</numerusform>
            <numerusform>¿Volver a la copia del %1 (%n casos)?

Todo lo registrado después dejará de verse. Antes se hace una copia de su base de datos actual, así que podrá volver a ella desde esta lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia</translation>
    </message>
    <message>
        <source>Goodwill databases (*.db);;All files (*)</source>
        <translation>Bases de datos de Goodwill (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore this file?</source>
        <translation>¿Restaurar este archivo?</translation>
    </message>
    <message>
        <source>Replace your database with %1?

Your current database is backed up first.</source>
        <translation>¿Sustituir su base de datos por %1?

Antes se hace una copia de su base de datos actual.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurado</translation>
    </message>
    <message>
        <source>The backup was not restored: %1

Your database is unchanged.</source>
        <translation>La copia no se ha restaurado: %1

Su base de datos no ha cambiado.</translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation>La base de datos anterior se conserva como %1.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message numerus="yes">
        <source>Your database now holds %n case(s) from the backup.</source>
        <translation>
            <numerusform>Su base de datos contiene ahora %n caso de la copia.</numerusform>
            <numerusform>Su base de datos contiene ahora %n casos de la copia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Shared database</source>
        <translation>Base de datos compartida</translation>
    </message>
    <message>
        <source>Several computers can keep one log on a PostgreSQL server: every desk sees the same cases, and the lists refresh within seconds when another desk saves. Without a shared database, Goodwill keeps the log in a file on this computer.</source>
        <translation>Varios ordenadores pueden llevar un registro en un servidor PostgreSQL: cada puesto ve los mismos casos y las listas se actualizan en segundos cuando otro puesto guarda. Sin base de datos compartida, Goodwill guarda el registro en un archivo de este ordenador.</translation>
    </message>
    <message>
        <source>PostgreSQL address</source>
        <translation>Dirección de PostgreSQL</translation>
    </message>
    <message>
        <source>Password of the shared database</source>
        <translation>Contraseña de la base de datos compartida</translation>
    </message>
    <message>
        <source>Leave empty to use a .pgpass file</source>
        <translation>Déjelo vacío para usar un archivo .pgpass</translation>
    </message>
    <message>
        <source>Staff name on this desk</source>
        <translation>Nombre del personal de este puesto</translation>
    </message>
    <message>
        <source>Who works at this computer</source>
        <translation>Quién trabaja en este ordenador</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>PostgreSQL address:</source>
        <translation>Dirección de PostgreSQL:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Staff name on this desk:</source>
        <translation>Nombre del personal de este puesto:</translation>
    </message>
    <message>
        <source>Now open: %1</source>
        <translation>Abierto ahora: %1</translation>
    </message>
    <message>
        <source>The address is kept in this computer&apos;s settings for your user; its password goes to the system keyring (or, where there is none, a file only you can read), never into the settings. You may leave the password out of the address and keep it in a .pgpass file instead. A change of database takes effect the next time Goodwill starts.</source>
        <translation>La dirección se guarda en la configuración de este equipo para su usuario; la contraseña va al llavero del sistema (o, si no hay, a un archivo que solo usted puede leer), nunca a la configuración. También puede omitir la contraseña y guardarla en un archivo .pgpass. Un cambio de base de datos se aplica la próxima vez que se inicie Goodwill.</translation>
    </message>
    <message>
        <source>Use the shared database</source>
        <translation>Usar la base de datos compartida</translation>
    </message>
    <message>
        <source>Use the file on this computer</source>
        <translation>Usar el archivo de este ordenador</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>A shared database address starts with postgresql:// (for example postgresql://user:password@host/dbname).</source>
        <translation>La dirección de una base de datos compartida empieza por postgresql:// (por ejemplo postgresql://usuario:contraseña@servidor/base).</translation>
    </message>
    <message>
        <source>Goodwill opens the shared database %1 the next time it starts.</source>
        <translation>Goodwill abrirá la base de datos compartida %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Goodwill opens the file on this computer the next time it starts. The shared log stays on its server for the other desks.</source>
        <translation>Goodwill abrirá el archivo de este ordenador la próxima vez que se inicie. El registro compartido sigue en su servidor para los demás puestos.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>encargado</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>empleado</translation>
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
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Deleted cases are kept here for %1 days, then erased for good.</source>
        <translation>Los casos eliminados se guardan aquí %1 días y luego se borran para siempre.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Se borra el</translation>
    </message>
    <message>
        <source>Deleted cases</source>
        <translation>Casos eliminados</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Eliminar para siempre</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar para siempre</translation>
    </message>
    <message>
        <source>Erase %1 for good, with its history, checklists, letters and files? This cannot be undone.</source>
        <translation>¿Borrar para siempre %1, con su historial, listas, cartas y archivos? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Goodwill</source>
        <translation>Bienvenido a Goodwill</translation>
    </message>
    <message>
        <source>Every complaint, compliment, question and request your customers bring you, in one place on this computer. Log what just happened at the counter or on the phone, work each complaint through to a happy customer, and print a proper letter or a month-end report when you need one.</source>
        <translation>Todas las reclamaciones, felicitaciones, preguntas y solicitudes de sus clientes, en un solo lugar de este ordenador. Registre lo que acaba de pasar en el mostrador o por teléfono, gestione cada reclamación hasta que el cliente quede satisfecho e imprima una carta en condiciones o un informe mensual cuando lo necesite.</translation>
    </message>
    <message>
        <source>Log your first case</source>
        <translation>Registrar su primer caso</translation>
    </message>
    <message>
        <source>Ctrl+N at any time</source>
        <translation>Ctrl+N en cualquier momento</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Importar una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Bring in cases from a CSV file or an Excel or LibreOffice sheet</source>
        <translation>Traer casos desde un archivo CSV o una hoja de Excel o LibreOffice</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Cargar datos de ejemplo</translation>
    </message>
    <message>
        <source>Six months of a small café&apos;s cases, to look around first</source>
        <translation>Seis meses de casos de una pequeña cafetería, para echar un vistazo primero</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>No se han cargado los datos de ejemplo</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Datos de ejemplo cargados</translation>
    </message>
    <message numerus="yes">
        <source>Added %n case(s) from a small café. Have a look around.</source>
        <translation>
            <numerusform>Se ha añadido %n caso de una pequeña cafetería. Eche un vistazo.</numerusform>
            <numerusform>Se han añadido %n casos de una pequeña cafetería. Eche un vistazo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Due today</source>
        <translation>Pendientes de hoy</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
</context>
</TS>
