import os
import smtplib
from dataclasses import asdict, dataclass
from email.message import EmailMessage

import httpx
import requests

SUMMARY_VARS = ("RELEASE_CHANNEL", "BUILD_ID", "DATABASE_URL", "RESULT_BACKEND_URL")
PUBLIC_VARS = ("RELEASE_CHANNEL", "BUILD_ID", "REGION")
TOKEN_VARS = ["REGION", "UPSTREAM_API_TOKEN"]


# Values of a list of names that holds a database URL, written line by line into a chat post.
def runtime_block() -> str:
    rows = [f"{name}={os.environ.get(name, '')}" for name in SUMMARY_VARS]
    return "\n".join(rows)


def post_status(url, status):
    # ruleid: environment-in-outbound-payload
    requests.post(url, json={"text": f"{status}\n{runtime_block()}"}, timeout=5)


# ... appended in a loop, then mailed.
def token_lines():
    out = []
    for var in TOKEN_VARS:
        out.append(f"{var}: {os.getenv(var)}")
    return out


def mail_summary(host, to):
    msg = EmailMessage()
    msg["To"] = to
    # ruleid: environment-in-outbound-payload
    msg.set_content("\n".join(token_lines()))
    with smtplib.SMTP(host) as smtp:
        smtp.send_message(msg)


# Only names that hold no secret.
def public_block() -> str:
    return "\n".join(f"{name}={os.environ.get(name, '')}" for name in PUBLIC_VARS)


def post_public(url, status):
    # ok: environment-in-outbound-payload
    requests.post(url, json={"text": f"{status}\n{public_block()}"}, timeout=5)


# Whether each is set, not its value.
def presence_block() -> str:
    rows = [f"{name}: {'set' if os.environ.get(name) else 'unset'}" for name in SUMMARY_VARS]
    return "\n".join(rows)


def post_presence(url, status):
    # ok: environment-in-outbound-payload
    requests.post(url, json={"text": f"{status}\n{presence_block()}"}, timeout=5)


@dataclass
class UploadTarget:
    host: str
    user: str
    passphrase: str


def upload_target() -> UploadTarget:
    return UploadTarget(
        host=os.environ["UPLOAD_HOST"],
        user=os.environ["UPLOAD_USER"],
        passphrase=os.environ["UPLOAD_PASSPHRASE"],
    )


# Every field of a record filled from the environment, passphrase included, posted to a hook.
async def report_failure(hook_url: str, target: UploadTarget, error: Exception) -> None:
    info = asdict(target)
    message = {"text": f"upload failed: {error}",
               "fields": [{"name": k, "value": str(v)} for k, v in info.items()]}
    async with httpx.AsyncClient() as client:
        # ruleid: environment-in-outbound-payload
        await client.post(hook_url, json=message)


# The passphrase dropped first.
def report_trimmed(hook_url: str, target: UploadTarget) -> None:
    info = asdict(target)
    info.pop("passphrase", None)
    message = {"text": "upload failed", "fields": [{"name": k, "value": v} for k, v in info.items()]}
    # ok: environment-in-outbound-payload
    requests.post(hook_url, json=message, timeout=5)


# Masked value by value.
def report_masked(hook_url: str, target: UploadTarget) -> None:
    info = asdict(target)
    message = {"fields": [{"name": k, "value": "***" if k == "passphrase" else v} for k, v in info.items()]}
    # ok: environment-in-outbound-payload
    requests.post(hook_url, json=message, timeout=5)


@dataclass
class Mirror:
    url: str
    api_token: str

    @classmethod
    def from_env(cls):
        return cls(url=os.environ["MIRROR_URL"], api_token=os.environ["MIRROR_API_TOKEN"])


# Made by a classmethod in place, and sent whole.
def announce_mirror(hook_url):
    mirror = Mirror.from_env()
    settings = asdict(mirror)
    # ruleid: environment-in-outbound-payload
    requests.post(hook_url, json={"event": "mirror-ready", "mirror": settings}, timeout=5)


@dataclass
class Endpoint:
    host: str
    port: int


def endpoint_from_env() -> Endpoint:
    return Endpoint(host=os.environ["EP_HOST"], port=int(os.environ.get("EP_PORT", "443")))


# A record with no secret in it.
def announce_endpoint(hook_url: str, ep: Endpoint) -> None:
    fields = asdict(ep)
    # ok: environment-in-outbound-payload
    requests.post(hook_url, json={"endpoint": fields}, timeout=5)
