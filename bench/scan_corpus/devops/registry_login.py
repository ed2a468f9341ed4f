"""Log the CI runner into every registry listed in registries.yml."""
from __future__ import annotations

import logging
import os
import subprocess

import yaml

log = logging.getLogger("ci.registry_login")


def _mask(secret: str) -> str:
    return "*" * 8 if secret else "<empty>"


def login(registry: str, username: str, password: str) -> None:
    log.info("logging in to %s as %s (password %s)", registry, username, _mask(password))
    proc = subprocess.run(
        ["docker", "login", registry, "--username", username, "--password-stdin"],
        input=password,
        text=True,
        capture_output=True,
    )
    if proc.returncode != 0:
        log.error("docker login to %s failed: %s", registry, proc.stderr.strip())
        raise SystemExit(proc.returncode)
    log.info("logged in to %s", registry)


def main(config_path: str = "registries.yml") -> None:
    with open(config_path, encoding="utf-8") as fh:
        registries = yaml.safe_load(fh)["registries"]
    for entry in registries:
        password = os.environ[entry["password_env"]]
        login(entry["host"], entry["username"], password)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    main()
