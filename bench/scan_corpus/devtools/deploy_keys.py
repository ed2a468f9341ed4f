"""Deploy key generation for repositories hosted in the web UI.

Users can ask the UI to generate a key pair instead of pasting their own
public key; the private half is shown exactly once and never stored.
"""
import base64
import hashlib
import io
import logging
from dataclasses import dataclass

import paramiko
from django.db import transaction

from .models import DeployKey, Repository

log = logging.getLogger(__name__)

DEFAULT_KEY_OPTIONS = {
    "bits": 1024,
    "comment_prefix": "gitui-deploy",
}


@dataclass(frozen=True)
class GeneratedKey:
    public_line: str
    private_pem: str
    fingerprint: str


def _fingerprint(key: paramiko.PKey) -> str:
    raw = hashlib.sha256(key.asbytes()).digest()
    return "SHA256:" + base64.b64encode(raw).decode().rstrip("=")


def generate_keypair(comment: str, **options) -> GeneratedKey:
    opts = {**DEFAULT_KEY_OPTIONS, **options}
    key = paramiko.RSAKey.generate(bits=opts["bits"])
    buf = io.StringIO()
    key.write_private_key(buf)
    public_line = f"{key.get_name()} {key.get_base64()} {opts['comment_prefix']}:{comment}"
    return GeneratedKey(public_line, buf.getvalue(), _fingerprint(key))


@transaction.atomic
def create_deploy_key(repo: Repository, title: str, read_only: bool = True):
    generated = generate_keypair(repo.full_name)
    record = DeployKey.objects.create(
        repository=repo,
        title=title,
        public_key=generated.public_line,
        fingerprint=generated.fingerprint,
        read_only=read_only,
    )
    log.info("deploy key %s added to %s", generated.fingerprint, repo.full_name)
    return record, generated.private_pem
