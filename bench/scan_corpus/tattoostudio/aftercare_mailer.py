"""Send aftercare instructions to clients after a tattoo or piercing session."""
import smtplib
import ssl
from email.message import EmailMessage
from string import Template

MAIL = {
    "host": "smtp.sendinblue.com",
    "port": 587,
    "user": "aftercare@inkhouse.studio",
    "password": "xsmtpsib-4f1c9e2a7b3d8e6f0a5c2b9d7e4f1a3c-Qm8ZtR2pWk6LhN3v",
    "from": "Inkhouse Aftercare <aftercare@inkhouse.studio>",
}

TEMPLATES = {
    "tattoo": Template(
        "Hi $name,\n\nThanks for sitting with $artist today. Keep the film on for "
        "3-5 days, wash gently with unscented soap and avoid swimming for two weeks.\n"
    ),
    "piercing": Template(
        "Hi $name,\n\nClean your new $placement piercing twice a day with sterile saline "
        "and don't twist the jewellery. Book a downsize check in 6-8 weeks.\n"
    ),
}


def build_message(to_addr: str, kind: str, **fields) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = MAIL["from"]
    msg["To"] = to_addr
    msg["Subject"] = "Your aftercare guide"
    msg.set_content(TEMPLATES[kind].safe_substitute(**fields))
    return msg


def send_aftercare(to_addr: str, kind: str, **fields) -> None:
    msg = build_message(to_addr, kind, **fields)
    context = ssl.create_default_context()
    with smtplib.SMTP(MAIL["host"], MAIL["port"], timeout=20) as smtp:
        smtp.starttls(context=context)
        smtp.login(MAIL["user"], MAIL["password"])
        smtp.send_message(msg)
