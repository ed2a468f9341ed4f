"""Renders weight charts for a bird and emails them to the referring vet.

Used when a bird is losing condition: the last 60 days of weights are
plotted against its flying weight and sent as a PNG attachment.
"""
from __future__ import annotations

import os
import smtplib
import ssl
import tempfile
from datetime import date, timedelta
from email.message import EmailMessage

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from .records import bird_by_id, weights_between  # noqa: E402


def render_chart(bird_id: int, days: int = 60) -> str:
    bird = bird_by_id(bird_id)
    end = date.today()
    rows = weights_between(bird_id, end - timedelta(days=days), end)
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.plot([r.day for r in rows], [r.grams for r in rows], marker=".", label="weight")
    ax.axhline(bird.flying_weight_g, linestyle="--", color="grey", label="flying weight")
    ax.set_title(f"{bird.name} ({bird.species}) - last {days} days")
    ax.set_ylabel("grams")
    ax.legend()
    fig.autofmt_xdate()

    fd, path = tempfile.mkstemp(prefix=f"weights-{bird_id}-", suffix=".png")
    with os.fdopen(fd, "wb") as fh:
        fig.savefig(fh, format="png", dpi=120)
    plt.close(fig)
    return path


def email_chart(bird_id: int, vet_email: str, smtp_host: str, sender: str) -> None:
    bird = bird_by_id(bird_id)
    path = render_chart(bird_id)
    try:
        msg = EmailMessage()
        msg["Subject"] = f"Weight history for {bird.name} (ring {bird.ring_number})"
        msg["From"] = sender
        msg["To"] = vet_email
        msg.set_content(
            f"Attached is the weight history for {bird.name}, {bird.species}.\n"
            f"Flying weight: {bird.flying_weight_g} g."
        )
        with open(path, "rb") as fh:
            msg.add_attachment(fh.read(), maintype="image", subtype="png",
                               filename=f"{bird.name.lower()}-weights.png")
        with smtplib.SMTP(smtp_host, 587, timeout=30) as smtp:
            smtp.starttls(context=ssl.create_default_context())
            smtp.send_message(msg)
    finally:
        os.unlink(path)
