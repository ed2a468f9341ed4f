import os
import smtplib
from dataclasses import dataclass, field
from email.message import EmailMessage

import requests

ALERT_HOOK = os.environ["OPS_CHAT_WEBHOOK"]
PREFIX = "REPORTS_"


# --- a secret read under a name made with a prefix, formatted into a helper's text ---------------

def _connection_summary(partner):
    prefix = f"FTP_{partner.upper()}"
    host = os.environ.get(f"{prefix}_HOST", "?")
    secret = os.environ.get(f"{prefix}_PASSWORD", "")
    return f"Host: {host}\nPassword: {secret}\n"


def _host_summary(partner):
    prefix = f"FTP_{partner.upper()}"
    host = os.environ.get(f"{prefix}_HOST", "?")
    return f"Host: {host}\n"


def compose_failure(partner, error):
    msg = EmailMessage()
    msg["Subject"] = f"sync failed for {partner}"
    msg.set_content(
        f"Error: {error!r}\n\n"
        # ruleid: environment-in-outbound-payload
        f"{_connection_summary(partner)}"
    )
    return msg


def compose_host_only(partner, error):
    msg = EmailMessage()
    # ok: environment-in-outbound-payload
    msg.set_content(f"Error: {error!r}\n\n{_host_summary(partner)}")
    return msg


# --- prefixed variables handed, inside a message, to a function that posts it ------------------

def _prefixed_settings():
    return {
        key[len(PREFIX):].lower(): value
        for key, value in os.environ.items()
        if key.startswith(PREFIX)
    }


def _format(job, context):
    lines = [f"job {job} failed"]
    lines.extend(f"{k}: {v}" for k, v in sorted(context.items()))
    return {"text": "\n".join(lines)}


def deliver(message):
    with requests.Session() as session:
        session.post(ALERT_HOOK, json=message, timeout=10)


def keep_locally(message):
    with open("/var/log/reports/failures.log", "a") as fh:
        fh.write(repr(message))


def on_failure(job):
    # ruleid: environment-in-outbound-payload
    deliver(_format(job, _prefixed_settings()))


def on_failure_logged(job):
    # ok: environment-in-outbound-payload
    keep_locally(_format(job, _prefixed_settings()))


# --- a helper's details, secret among them, rendered into an email's text -----------------------

def _upload_details(account):
    return {
        "host": os.environ["UPLOAD_SFTP_HOST"],
        "password": os.environ["UPLOAD_SFTP_PASSWORD"],
        "directory": f"/inbound/{account}",
    }


def _upload_location_details(account):
    return {
        "host": os.environ["UPLOAD_SFTP_HOST"],
        "directory": f"/inbound/{account}",
    }


def render_invite(account, template):
    # ruleid: environment-in-outbound-payload
    context = {"account": account, "upload": _upload_details(account)}
    msg = EmailMessage()
    msg.set_content(template.render(context))
    return msg


def render_location(account, template):
    # ok: environment-in-outbound-payload
    context = {"account": account, "upload": _upload_location_details(account)}
    msg = EmailMessage()
    msg.set_content(template.render(context))
    return msg


# --- a dict with a secret handed to a function that formats that entry into what it posts -------

def _queue_target():
    return {
        "url": os.environ["JOBS_BROKER_URL"],
        "name": os.environ.get("JOBS_QUEUE", "default"),
    }


def report_down(target, error):
    text = f"queue {target['name']} unreachable via {target['url']}: {error}"
    requests.post(ALERT_HOOK, json={"text": text}, timeout=10)


def report_name(target, error):
    text = f"queue {target['name']} unreachable: {error}"
    requests.post(ALERT_HOOK, json={"text": text}, timeout=10)


def check_queue(probe):
    target = _queue_target()
    try:
        probe(target["url"])
    except ConnectionError as exc:
        # ruleid: environment-in-outbound-payload
        report_down(target, exc)
        # ok: environment-in-outbound-payload
        report_name(target, exc)


# --- a record reading a secret by default, a field of it formatted into a posted message --------

@dataclass
class DeployInfo:
    version: str
    stage: str = field(default_factory=lambda: os.getenv("APP_STAGE", "production"))
    cache: str = field(default_factory=lambda: os.getenv("REDIS_URL", ""))


def _announcement(info: DeployInfo) -> dict:
    lines = [f"deployed {info.version} to {info.stage}", f"cache: {info.cache}"]
    return {"text": "\n".join(lines)}


def _short_announcement(info: DeployInfo) -> dict:
    return {"text": f"deployed {info.version} to {info.stage}"}


def announce(version):
    info = DeployInfo(version=version)
    # ruleid: environment-in-outbound-payload
    requests.post(ALERT_HOOK, json=_announcement(info), timeout=10)
    # ok: environment-in-outbound-payload
    requests.post(ALERT_HOOK, json=_short_announcement(info), timeout=10)
