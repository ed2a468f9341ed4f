"""Morning summary of commission orders for the workshop foreman.

Relay host and recipients come from the deployment environment; the body
only carries order counts and the day's due dates.
"""
import os
import smtplib
from datetime import date
from email.message import EmailMessage

import click

from coppersmith.orders import due_today, orders_by_stage


def summary_body(today: date) -> str:
    lines = [f"Order summary for {today:%A %d %B %Y}", ""]
    for stage, count in orders_by_stage().items():
        lines.append(f"  {stage:<20} {count:>4}")
    lines.append("")
    lines.append("Due today:")
    lines.extend(f"  #{o.id} {o.customer_name} - {o.piece_type}" for o in due_today())
    return "\n".join(lines)


def recipients() -> list[str]:
    return [r.strip() for r in os.environ.get("FOREMAN_MAIL_TO", "").split(",") if r.strip()]


@click.command()
def send_summary() -> None:
    to = recipients()
    if not to:
        raise click.UsageError("FOREMAN_MAIL_TO is empty")
    msg = EmailMessage()
    msg["From"] = os.environ.get("WORKSHOP_MAIL_FROM", "workshop@coppersmith.local")
    msg["To"] = ", ".join(to)
    msg["Subject"] = f"Workshop orders {date.today():%d/%m}"
    msg.set_content(summary_body(date.today()))
    with smtplib.SMTP(os.environ.get("OPS_SMTP_RELAY", "localhost"), 25, timeout=30) as smtp:
        smtp.send_message(msg)
    click.echo(f"summary sent to {len(to)} recipient(s)")


if __name__ == "__main__":
    send_summary()
