"""Connection settings for the Snowflake warehouse behind the offline feature store.

The service account authenticates with a key pair; the private key and its
passphrase are injected by the secrets manager sidecar as environment variables.
"""
import os
from dataclasses import dataclass
from typing import Mapping

import snowflake.connector
from cryptography.hazmat.primitives import serialization

PASSPHRASE_ENV = "SNOWFLAKE_KEY_PASSPHRASE"
PRIVATE_KEY_ENV = "SNOWFLAKE_PRIVATE_KEY_PEM"


@dataclass(frozen=True)
class WarehouseSettings:
    account: str
    user: str
    warehouse: str
    database: str
    schema: str = "FEATURES"
    role: str = "ML_READER"


def load_settings(env: Mapping[str, str] = os.environ) -> WarehouseSettings:
    return WarehouseSettings(
        account=env["SNOWFLAKE_ACCOUNT"],
        user=env.get("SNOWFLAKE_USER", "svc_feature_store"),
        warehouse=env.get("SNOWFLAKE_WAREHOUSE", "ML_XS"),
        database=env.get("SNOWFLAKE_DATABASE", "CLINICAL_ML"),
        schema=env.get("SNOWFLAKE_SCHEMA", "FEATURES"),
        role=env.get("SNOWFLAKE_ROLE", "ML_READER"),
    )


def _private_key_der(env: Mapping[str, str]) -> bytes:
    password = env[PASSPHRASE_ENV].encode("utf-8")
    key = serialization.load_pem_private_key(env[PRIVATE_KEY_ENV].encode("ascii"), password=password)
    return key.private_bytes(
        encoding=serialization.Encoding.DER,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )


def connect(settings: WarehouseSettings | None = None, env: Mapping[str, str] = os.environ):
    settings = settings or load_settings(env)
    return snowflake.connector.connect(
        account=settings.account,
        user=settings.user,
        private_key=_private_key_der(env),
        warehouse=settings.warehouse,
        database=settings.database,
        schema=settings.schema,
        role=settings.role,
    )
