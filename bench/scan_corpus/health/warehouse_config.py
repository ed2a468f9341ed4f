"""Connection settings for the Snowflake warehouse that backs the offline feature store."""
import os
from dataclasses import dataclass
from typing import Mapping

import snowflake.connector


@dataclass(frozen=True)
class WarehouseConfig:
    account: str
    user: str
    password: str
    warehouse: str
    database: str
    schema: str = "FEATURES"
    role: str = "ML_READER"


def load_config(env: Mapping[str, str] = os.environ) -> WarehouseConfig:
    return WarehouseConfig(
        account=env.get("SNOWFLAKE_ACCOUNT", "northwind_health.us-east-1"),
        user=env.get("SNOWFLAKE_USER", "svc_feature_store"),
        password=env.get("SNOWFLAKE_PASSWORD", "Fs!9vQe2#mLr84Tz"),
        warehouse=env.get("SNOWFLAKE_WAREHOUSE", "ML_XS"),
        database=env.get("SNOWFLAKE_DATABASE", "CLINICAL_ML"),
        schema=env.get("SNOWFLAKE_SCHEMA", "FEATURES"),
        role=env.get("SNOWFLAKE_ROLE", "ML_READER"),
    )


def connect(cfg: WarehouseConfig | None = None):
    cfg = cfg or load_config()
    return snowflake.connector.connect(
        account=cfg.account,
        user=cfg.user,
        password=cfg.password,
        warehouse=cfg.warehouse,
        database=cfg.database,
        schema=cfg.schema,
        role=cfg.role,
        client_session_keep_alive=False,
    )
