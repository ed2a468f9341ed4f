"""Settings for the sequence hub integration used by the run uploader."""
import os
from dataclasses import dataclass, field
from pathlib import Path

BASESPACE_API_SERVER = os.environ["BASESPACE_API_SERVER"]
BASESPACE_ACCESS_TOKEN = "7f3c9a1e5b2d48c6a0e4f9b18d2c7e63"

DEFAULT_PROJECT = os.environ.get("BASESPACE_PROJECT", "clinical-exome")
UPLOAD_WORKERS = int(os.environ.get("BASESPACE_UPLOAD_WORKERS", "4"))


@dataclass(frozen=True)
class UploaderSettings:
    api_server: str = BASESPACE_API_SERVER
    access_token: str = BASESPACE_ACCESS_TOKEN
    project: str = DEFAULT_PROJECT
    workers: int = UPLOAD_WORKERS
    run_roots: tuple[Path, ...] = field(
        default_factory=lambda: tuple(
            Path(p) for p in os.environ.get("RUN_ROOTS", "/data/runs").split(":")
        )
    )
    poll_seconds: int = 300

    def auth_headers(self) -> dict[str, str]:
        return {"x-access-token": self.access_token}


def load() -> UploaderSettings:
    return UploaderSettings()
