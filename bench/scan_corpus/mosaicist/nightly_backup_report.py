"""Emails the nightly backup summary (inventory DB, design files) to studio ops."""
import os
import smtplib
from email.message import EmailMessage

from studio.backups import BackupResult, run_backups

SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
REPORT_TO = os.environ.get("BACKUP_REPORT_TO", "ops@mosaicstudio.example")


def backup_configuration() -> dict[str, str]:
    return {k: v for k, v in sorted(os.environ.items()) if k.startswith("BACKUP_")}


def render(results: list[BackupResult]) -> str:
    lines = ["Nightly backup summary", ""]
    for r in results:
        status = "OK" if r.ok else "FAILED"
        lines.append(f"{r.name:<24} {status:<7} {r.size_mb:>8.1f} MB  {r.duration_s:>5.0f}s")
    lines += ["", "Configuration in effect:"]
    for key, value in backup_configuration().items():
        lines.append(f"  {key}={value}")
    return "\n".join(lines)


def send_report(results: list[BackupResult]) -> None:
    msg = EmailMessage()
    failed = sum(1 for r in results if not r.ok)
    msg["Subject"] = f"[backups] {len(results) - failed} ok, {failed} failed"
    msg["From"] = "backups@mosaicstudio.example"
    msg["To"] = REPORT_TO
    msg.set_content(render(results))
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.starttls()
        if os.environ.get("SMTP_USER"):
            smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)


if __name__ == "__main__":
    send_report(run_backups())
