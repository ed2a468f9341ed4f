"""Loading of the runner agent's ``config.yaml``."""
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

DEFAULT_PATH = Path(os.environ.get("CI_RUNNER_CONFIG", "/etc/ci-runner/config.yaml"))
KNOWN_KEYS = {"coordinator_url", "token_file", "concurrency", "builds_dir", "tags", "docker_image"}


@dataclass
class RunnerConfig:
    coordinator_url: str
    token_file: Path
    concurrency: int = 1
    builds_dir: Path = Path("/var/lib/ci-runner/builds")
    tags: list[str] = field(default_factory=list)
    docker_image: str = "debian:bookworm-slim"

    def runner_token(self) -> str:
        return self.token_file.read_text(encoding="utf-8").strip()


def load_config(path: Path = DEFAULT_PATH) -> RunnerConfig:
    with open(path, "r", encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=_Loader) or {}
    unknown = set(raw) - KNOWN_KEYS
    if unknown:
        raise ValueError(f"{path}: unknown keys {sorted(unknown)}")
    if not str(raw.get("coordinator_url", "")).startswith("https://"):
        raise ValueError(f"{path}: coordinator_url must be an https URL")
    return RunnerConfig(
        coordinator_url=raw["coordinator_url"],
        token_file=Path(raw["token_file"]),
        concurrency=int(raw.get("concurrency", 1)),
        builds_dir=Path(raw.get("builds_dir", "/var/lib/ci-runner/builds")),
        tags=[str(t) for t in raw.get("tags", [])],
        docker_image=raw.get("docker_image", "debian:bookworm-slim"),
    )
