"""A letter as an unsent e-mail draft (.eml) that the owner's mail program opens and sends."""
from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate, make_msgid


def letter_eml(*, to_name: str, to_email: str, from_name: str, from_email: str,
               subject: str, body: str, pdf: bytes, pdf_name: str) -> bytes:
    """RFC 5322 bytes: To the customer, the letter's subject and text, the PDF attached, and
    `X-Unsent: 1`, which tells Outlook, Thunderbird and Apple Mail to open it as a draft."""
    msg = EmailMessage(policy=SMTP)
    if to_email:
        msg["To"] = formataddr((to_name, to_email))
    if from_email:
        msg["From"] = formataddr((from_name, from_email))
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="goodwill.invalid")
    msg["X-Unsent"] = "1"
    msg.set_content(body.rstrip("\n") + "\n")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    return msg.as_bytes()
