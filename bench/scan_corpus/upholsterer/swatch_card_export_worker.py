"""Queue worker that renders printable swatch cards for designers.

The trade site publishes a message when a designer asks for a presentation
card of the fabrics they've shortlisted for a client; we render a PDF into
the shared exports folder and the site emails the designer a download link.
"""
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import pika
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

log = logging.getLogger("swatch_cards")
EXPORT_DIR = Path(os.environ.get("SWATCH_EXPORT_DIR", "/srv/upholstery/exports/swatch-cards"))
QUEUE = "swatch-card-requests"


@dataclass
class CardRequest:
    designer_id: int
    client_label: str
    file_name: str
    fabrics: list[dict]


def render_card(req: CardRequest) -> Path:
    target = EXPORT_DIR / str(req.designer_id) / req.file_name
    target.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(target), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(60, 790, f"Fabric selection for {req.client_label}")
    y = 750
    for fabric in req.fabrics:
        pdf.setFont("Helvetica", 11)
        pdf.drawString(60, y, f'{fabric["mill"]} - {fabric["name"]} ({fabric["colourway"]})')
        pdf.drawString(400, y, f'£{fabric["trade_price"]}/m')
        y -= 22
    pdf.save()
    return target


def on_message(channel, method, _properties, body: bytes) -> None:
    payload = json.loads(body)
    req = CardRequest(**payload)
    path = render_card(req)
    log.info("Rendered swatch card for designer %s at %s", req.designer_id, path)
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=1)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    channel.start_consuming()


if __name__ == "__main__":
    main()
