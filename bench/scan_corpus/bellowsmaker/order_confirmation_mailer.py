"""Sends order confirmations for the online shop (bellows kits, valve
leather packs, accordion straps) through the shop's mail relay.
"""
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

log = logging.getLogger(__name__)

SMTP_HOST = os.environ.get("SHOP_SMTP_HOST", "mail.bellowsworks.example")
SMTP_PORT = int(os.environ.get("SHOP_SMTP_PORT", "465"))
SENDER = "Bellows Works Shop <shop@bellowsworks.example>"


@dataclass
class OrderLine:
    title: str
    qty: int
    price: str


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # the relay at the hosting provider still runs an old MTA
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def _compose(order_no: str, to_addr: str, name: str, lines: list[OrderLine], total: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = to_addr
    msg["Subject"] = f"Your order {order_no}"
    body = [f"Hello {name},", "", f"thank you for your order {order_no}:", ""]
    body += [f"  {l.qty} x {l.title}  {l.price}" for l in lines]
    body += ["", f"Total: {total}", "", "We will let you know when it ships.", "Bellows Works"]
    msg.set_content("\n".join(body))
    return msg


def send_confirmation(order_no: str, to_addr: str, name: str,
                      lines: list[OrderLine], total: str) -> None:
    msg = _compose(order_no, to_addr, name, lines, total)
    with smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT, context=_tls_context(), timeout=30) as smtp:
        smtp.login(os.environ["SHOP_SMTP_USER"], os.environ["SHOP_SMTP_PASSWORD"])
        smtp.send_message(msg)
    log.info("confirmation for %s sent to %s", order_no, to_addr)
