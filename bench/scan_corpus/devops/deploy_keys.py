"""Generate per-repository SSH deploy keys and register them with the Git server."""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

GIT_API_URL = os.environ["GIT_API_URL"]
DEPLOY_KEY_EXPONENT = 65537
DEPLOY_KEY_BITS = 1024
KEY_COMMENT_FMT = "deploy@{project}"


@dataclass
class DeployKey:
    project: str
    private_pem: bytes
    public_openssh: str


def _api_headers() -> dict[str, str]:
    return {"PRIVATE-TOKEN": os.environ["GIT_API_TOKEN"]}


def generate_deploy_key(project: str) -> DeployKey:
    key = rsa.generate_private_key(public_exponent=DEPLOY_KEY_EXPONENT, key_size=DEPLOY_KEY_BITS)
    private_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.OpenSSH,
        encryption_algorithm=serialization.NoEncryption(),
    )
    public = key.public_key().public_bytes(
        encoding=serialization.Encoding.OpenSSH,
        format=serialization.PublicFormat.OpenSSH,
    ).decode()
    return DeployKey(project, private_pem, f"{public} {KEY_COMMENT_FMT.format(project=project)}")


def register_deploy_key(key: DeployKey, project_id: int, can_push: bool = False) -> int:
    resp = requests.post(
        f"{GIT_API_URL}/projects/{project_id}/deploy_keys",
        headers=_api_headers(),
        json={"title": f"ci-{key.project}", "key": key.public_openssh, "can_push": can_push},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["id"]
