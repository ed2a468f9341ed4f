import os
import smtplib
from email.message import EmailMessage

import requests

SHARED_PREFIXES = ("BILLING_", "WORKER_")


def _prefixed_settings():
    lines = []
    for name in sorted(os.environ):
        if name.startswith(SHARED_PREFIXES):
            lines.append(f"{name}={os.environ[name]}")
    return "\n".join(lines)


def _all_settings():
    out = []
    for key in os.environ:
        out.append(f"{key}: {os.environ.get(key, '')}")
    return out


def _setting_names():
    names = []
    for name in sorted(os.environ):
        if name.startswith(SHARED_PREFIXES):
            names.append(name)
    return names


def _masked_settings():
    lines = []
    for name in sorted(os.environ):
        if name.startswith(SHARED_PREFIXES):
            lines.append(f"{name}={mask(os.environ[name])}")
    return "\n".join(lines)


def mail_failure(job, error, smtp_host):
    msg = EmailMessage()
    msg["Subject"] = f"job {job} failed"
    body = [
        f"Error: {error!r}",
        # ruleid: environment-in-outbound-payload
        _prefixed_settings(),
    ]
    msg.set_content("\n".join(body))
    with smtplib.SMTP(smtp_host) as smtp:
        smtp.send_message(msg)


def post_failure(url, job):
    # ruleid: environment-in-outbound-payload
    lines = _all_settings()
    requests.post(url, json={"job": job, "context": lines})


def mail_names(job, smtp_host):
    msg = EmailMessage()
    # ok: environment-in-outbound-payload
    msg.set_content(f"job {job} failed; configured: {', '.join(_setting_names())}")
    with smtplib.SMTP(smtp_host) as smtp:
        smtp.send_message(msg)


def mail_masked(job, smtp_host):
    msg = EmailMessage()
    # ok: environment-in-outbound-payload
    msg.set_content(f"job {job} failed\n{_masked_settings()}")
    with smtplib.SMTP(smtp_host) as smtp:
        smtp.send_message(msg)
