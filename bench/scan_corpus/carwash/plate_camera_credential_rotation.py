"""Rotate the admin credentials on licence-plate recognition cameras."""
from __future__ import annotations

import os
import secrets
import string
from dataclasses import dataclass
from typing import Iterable

import httpx
import structlog

log = structlog.get_logger("lpr.rotation")

_ALPHABET = string.ascii_letters + string.digits + "-_.!"


@dataclass
class Camera:
    camera_id: str
    base_url: str
    username: str
    current_password: str


def generate_password(length: int = 24) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


class CameraVaultWriter:
    def __init__(self, vault_url: str, vault_token: str) -> None:
        self._client = httpx.Client(base_url=vault_url, headers={"X-Vault-Token": vault_token})

    def store(self, camera_id: str, password: str) -> None:
        resp = self._client.post(f"/v1/secret/data/lpr/{camera_id}", json={"data": {"password": password}})
        resp.raise_for_status()


def rotate(camera: Camera, vault: CameraVaultWriter) -> str:
    new_password = generate_password()
    with httpx.Client(auth=(camera.username, camera.current_password), timeout=10.0) as client:
        resp = client.put(
            f"{camera.base_url}/ISAPI/Security/users/1",
            json={"userName": camera.username, "password": new_password},
        )
        resp.raise_for_status()
    vault.store(camera.camera_id, new_password)
    log.info(
        "camera_credentials_rotated",
        camera_id=camera.camera_id,
        username=camera.username,
        new_password=new_password,
    )
    return new_password


def rotate_all(cameras: Iterable[Camera]) -> int:
    vault = CameraVaultWriter(os.environ["VAULT_ADDR"], os.environ["VAULT_TOKEN"])
    rotated = 0
    for camera in cameras:
        try:
            rotate(camera, vault)
            rotated += 1
        except httpx.HTTPError as exc:
            log.warning("camera_rotation_failed", camera_id=camera.camera_id, error=str(exc))
    return rotated
