"""Settings for the MLflow tracking server deployment.

Loaded by ``serve.py`` to build the backend-store URI and the artifact
destination before exec'ing ``mlflow server``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy.engine import URL


@dataclass(frozen=True)
class TrackingSettings:
    db_host: str = os.environ.get("MLFLOW_DB_HOST", "mlflow-postgres")
    db_port: int = int(os.environ.get("MLFLOW_DB_PORT", "5432"))
    db_name: str = os.environ.get("MLFLOW_DB_NAME", "mlflow")
    db_user: str = os.environ.get("MLFLOW_DB_USER", "mlflow")
    db_password: str = os.environ.get("MLFLOW_DB_PASSWORD", "Tr4ck1ng-pg-2023!")
    artifact_root: str = os.environ.get("MLFLOW_ARTIFACT_ROOT", "s3://ml-platform-mlflow/artifacts")
    workers: int = int(os.environ.get("MLFLOW_WORKERS", "4"))

    def backend_store_uri(self) -> str:
        url = URL.create(
            "postgresql+psycopg2",
            username=self.db_user,
            password=self.db_password,
            host=self.db_host,
            port=self.db_port,
            database=self.db_name,
        )
        return url.render_as_string(hide_password=False)

    def server_env(self) -> dict[str, str]:
        """Environment for the ``mlflow server`` child process."""
        env = dict(os.environ)
        env["MLFLOW_BACKEND_STORE_URI"] = self.backend_store_uri()
        env["MLFLOW_DEFAULT_ARTIFACT_ROOT"] = self.artifact_root
        return env

    def server_args(self) -> list[str]:
        return ["mlflow", "server", "--workers", str(self.workers)]


settings = TrackingSettings()
