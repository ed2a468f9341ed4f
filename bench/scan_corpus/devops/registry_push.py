"""Build, tag and push service images from the release pipeline (docker SDK)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import docker
from docker.errors import APIError, BuildError

log = logging.getLogger("release.images")


@dataclass
class ImageRef:
    registry: str
    repository: str
    tag: str

    def __str__(self) -> str:
        return f"{self.registry}/{self.repository}:{self.tag}"


def registry_credentials(registry: str) -> dict[str, str]:
    return {
        "registry": registry,
        "username": os.environ["REGISTRY_USERNAME"],
        "password": os.environ["REGISTRY_PASSWORD"],
    }


def login(client: docker.DockerClient, registry: str) -> dict[str, str]:
    creds = registry_credentials(registry)
    log.debug("docker login with %s", creds)
    client.login(**creds)
    return creds


def build(client: docker.DockerClient, context: str, ref: ImageRef, build_args: dict[str, str]) -> str:
    try:
        image, logs = client.images.build(path=context, tag=str(ref), buildargs=build_args, pull=True, rm=True)
    except BuildError as exc:
        for chunk in exc.build_log:
            if "stream" in chunk:
                log.error(chunk["stream"].rstrip())
        raise
    for chunk in logs:
        if "stream" in chunk and chunk["stream"].strip():
            log.debug(chunk["stream"].rstrip())
    return image.id


def push(client: docker.DockerClient, ref: ImageRef, auth: dict[str, str]) -> None:
    auth_config = {"username": auth["username"], "password": auth["password"]}
    for line in client.images.push(ref.registry + "/" + ref.repository, tag=ref.tag,
                                   auth_config=auth_config, stream=True, decode=True):
        if "error" in line:
            raise APIError(line["error"])
        if line.get("status") == "Pushed":
            log.info("pushed layer %s", line.get("id"))


def release(context: str, repository: str, tag: str) -> str:
    registry = os.environ["REGISTRY_HOST"]
    client = docker.from_env()
    auth = login(client, registry)
    ref = ImageRef(registry, repository, tag)
    build(client, context, ref, {"VERSION": tag})
    push(client, ref, auth)
    log.info("released %s", ref)
    return str(ref)
