"""Configuration for the MLflow tracking server container.

Credentials are injected by the deployment (Kubernetes secret -> env); only
non-sensitive settings have defaults here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from sqlalchemy.engine import URL

PASSWORD_ENV = "MLFLOW_DB_PASSWORD"
DEFAULT_DB_NAME = "mlflow"


def _required(name: str) -> str:
    try:
        return os.environ[name]
    except KeyError:
        raise RuntimeError(f"missing required setting {name}") from None


@dataclass(frozen=True)
class ServerConfig:
    db_host: str = field(default_factory=lambda: _required("MLFLOW_DB_HOST"))
    db_port: int = field(default_factory=lambda: int(os.environ.get("MLFLOW_DB_PORT", "5432")))
    db_name: str = field(default_factory=lambda: os.environ.get("MLFLOW_DB_NAME", DEFAULT_DB_NAME))
    db_user: str = field(default_factory=lambda: _required("MLFLOW_DB_USER"))
    db_password: str = field(default_factory=lambda: _required(PASSWORD_ENV), repr=False)
    artifact_root: str = field(default_factory=lambda: _required("MLFLOW_ARTIFACT_ROOT"))
    workers: int = field(default_factory=lambda: int(os.environ.get("MLFLOW_WORKERS", "4")))

    def backend_store_uri(self) -> str:
        return URL.create(
            "postgresql+psycopg2",
            username=self.db_user,
            password=self.db_password,
            host=self.db_host,
            port=self.db_port,
            database=self.db_name,
            query={"sslmode": "require"},
        ).render_as_string(hide_password=False)

    def server_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["MLFLOW_BACKEND_STORE_URI"] = self.backend_store_uri()
        env["MLFLOW_DEFAULT_ARTIFACT_ROOT"] = self.artifact_root
        return env
