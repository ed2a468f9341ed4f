import types
import os
from dataclasses import dataclass, field

from flask import Flask
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings

# ruleid: hardcoded-secret
SECRET_KEY = "django-insecure-9x!b2@k#l$w8z7q0"
# ruleid: hardcoded-secret, hardcoded-credential-in-known-format
STRIPE_API_KEY = "sk_live_51H8xYzAbCdEfGhIjKlMnOp"
# ruleid: hardcoded-secret
JWT_SECRET = "super-secret-jwt-key"
# ruleid: hardcoded-secret
MASTER_PASSWORD = "Winter2024!"
# ruleid: hardcoded-secret
ENCRYPTION_KEY = b"0123456789abcdef0123456789abcdef"
# ruleid: hardcoded-secret
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY7f3Lq9Vw2"

app = Flask(__name__)
# ruleid: hardcoded-secret
app.config["SECRET_KEY"] = "change-me-in-production"
# ruleid: hardcoded-secret
app.secret_key = "s3cr3t"
# ruleid: hardcoded-secret
app.config.update(SECRET_KEY="dev", DEBUG=False)
# ruleid: hardcoded-secret
app.config.from_mapping(SECRET_KEY="dev", DATABASE="app.sqlite")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "USER": "app",
        # ruleid: hardcoded-secret
        "PASSWORD": "pg-pass-123",
    }
}


class Config:
    # ruleid: hardcoded-secret
    SECRET_KEY = "another-hardcoded-key"
    # ok: hardcoded-secret
    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]


class Settings(BaseSettings):
    # ruleid: hardcoded-secret
    jwt_secret_key: str = "insecure-default"
    # ok: hardcoded-secret
    api_key_header: str = "X-API-Key"


def create_app():
    application = Flask(__name__)
    # ruleid: hardcoded-secret
    application.config["JWT_SECRET_KEY"] = "jwt-secret-string"
    return application


# ok: hardcoded-secret
SECRET_KEY_FROM_ENV = os.environ["SECRET_KEY"]
# ok: hardcoded-secret
API_KEY = os.environ.get("API_KEY")
# ok: hardcoded-secret
DB_PASSWORD = ""
# ok: hardcoded-secret
PASSWORD_MIN_LENGTH = 12
# ok: hardcoded-secret
API_KEY_HEADER = "X-API-Key"
# ok: hardcoded-secret
TOKEN_URL = "https://auth.example.com/oauth/token"
# ok: hardcoded-secret
SECRET_KEY_ENV_VAR = "APP_SECRET_KEY"
# ok: hardcoded-secret
OPENAI_API_KEY = "<your-api-key>"
# ok: hardcoded-secret
EXAMPLE_API_KEY = "sk_test_123"
# ok: hardcoded-secret
GITHUB_TOKEN = os.getenv("GITHUB_TOKEN", "")
# ok: hardcoded-secret
password_field = "password"
# ok: hardcoded-secret
SECRET_KEY_NAME = "SECRET_KEY"
# ok: hardcoded-secret
api_key = f"{prefix}.{secrets_part}"
# ok: hardcoded-secret
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]


def test_login(client):
    # ok: hardcoded-secret
    password = "correct horse battery staple"
    response = client.post("/login", data={"username": "alice", "password": password})
    assert response.status_code == 200


def add_cors_headers(response):
    # ok: hardcoded-secret
    response.headers["Access-Control-Allow-Credentials"] = "true"
    # ok: hardcoded-secret
    ALLOW_CREDENTIALS = "true"
    return response


# ruleid: hardcoded-secret
INGEST_API_KEY = "ik_live_4f9a2c71d0b34e8e"


class GeocoderClient:
    def __init__(
        self,
        base_url: str,
        # ruleid: hardcoded-secret
        api_key: str = "gk_live_5f2b9c81e4d04a7f9c3e61b2d8a07f45",
        timeout: float = 10.0,
    ):
        self.api_key = api_key


def connect(host, password=None, api_key: str = ""):
    # ok: hardcoded-secret
    return host, password, api_key


def warehouse_config(env=os.environ):
    return dict(
        user=env.get("SNOWFLAKE_USER", "svc_feature_store"),
        # ruleid: hardcoded-secret
        password=env.get("SNOWFLAKE_PASSWORD", "Fs!9vQe2#mLr84Tz"),
        # ok: hardcoded-secret
        token=os.environ.get("API_TOKEN", ""),
    )


# ruleid: hardcoded-credential-in-known-format, hardcoded-secret
_FALLBACK_STRIPE_KEY = "sk_live_51NqT8eKx2LmVb7RcQ4yZpA9dW3hJfU6sE0tGkM1nXoBvC5iH8rYlDz"
# ok: hardcoded-credential-in-known-format
STRIPE_KEY_PREFIX = "sk_live_"
# ok: hardcoded-credential-in-known-format
GITHUB_TOKEN_PATTERN = r"ghp_[A-Za-z0-9]{36}"


LENDING_PROVIDERS = {
    "cloudlibrary": {
        "library_id": "mvpl-4471",
        # ruleid: hardcoded-secret
        "account_key": "c7Qe9vK2mX4tR8wP1zL6nB3yH5dF0sJa",
        # ok: hardcoded-secret
        "sort_key": "due_date_then_title",
    },
}
# ruleid: hardcoded-secret
_REGISTRY_KEY = "psr_live_9b41e7c2d8a05f36e1c4b7a9d2f08e53"
# ok: hardcoded-secret
CACHE_KEY = "catalogue:search:v2"
# ok: hardcoded-secret
OBJECT_KEY = "exports/2024/loans-summary.csv"
# ok: hardcoded-secret
HUB_PUBLIC_KEY = "MCowBQYDK2VwAyEA3kq9Zt7VbN2xR5mL8pQ4wY1sD6fH0jKcE7gT2uI9oAs"
# ruleid: hardcoded-secret
DEFAULT_TOKEN = "4f9c2e71b0a84d3e9c6a55f1d27e8b0c3a9164de"
# ok: hardcoded-secret
SEPARATOR_TOKEN = "<|endoftext|>"
# ok: hardcoded-secret
NEXT_PAGE_TOKEN = "cursor_after_last_row"
# ruleid: hardcoded-secret
HEC_TOKEN = os.environ.get("SPLUNK_HEC_TOKEN", "b7e4c1a2-93f0-4d6e-8a15-2f6c9d0e7b34")
# ok: hardcoded-secret
HEC_INDEX_TOKEN = os.environ.get("SPLUNK_INDEX_TOKEN", "secops")
# ok: hardcoded-secret
DATASET_KEY = "50c9509d-22c7-4a22-a47d-8c48425ef4a7"


class ErxSettings(BaseSettings):
    client_id: str = "telehealth-erx-prod"
    # ruleid: hardcoded-secret
    client_secret: SecretStr = SecretStr("Zq7vN2kR9pLx4TbW8mYc3HsJ6uFd1GeA")
    # ruleid: hardcoded-secret
    webhook_secret: str = Field("whs-41c9e0a7d2b8", min_length=8)
    # ok: hardcoded-secret
    api_key: SecretStr = Field(..., min_length=16)
    # ok: hardcoded-secret
    signing_secret: SecretStr | None = None


def load_engines():
    return {
        # ruleid: hardcoded-secret
        "deepl": dict(api_key=os.environ.get("DEEPL_AUTH_KEY", "a3f1c9e2-7b4d-4e8a-9c61-2d5f0b8e4a17:fx")),
        # ok: hardcoded-secret
        "google": dict(api_key=os.environ.get("GOOGLE_TRANSLATE_KEY", "")),
    }


FCM_SERVER_KEY = os.environ.get(
    "FCM_SERVER_KEY",
    # ruleid: hardcoded-credential-in-known-format
    "AAAAv9Jq2Lk:APA91bGx7tQm3VZc8yR1nWkP0sHfE4uD6aTjL9oXbC2iNvM5qYwZr8KeUdS3gAh1pF7lBmJ0cT6xOnQ4vR2yW9zI5kE8",
)



@dataclass
class HistorianCredentials:
    username: str = "svc_hist_export"
    # ruleid: hardcoded-secret
    password: str = field(default="Rotokawa!Exp0rt#2022", repr=False)
    # ok: hardcoded-secret
    token: str = field(default_factory=lambda: os.environ["HISTORIAN_TOKEN"], repr=False)


def _env(name, default=None):
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError(f"missing required setting {name}")
    return value


ERP = {
    # ok: hardcoded-secret
    "client_id": _env("ERP_CLIENT_ID", "foundry-mes"),
    # ruleid: hardcoded-secret
    "client_secret": _env("ERP_CLIENT_SECRET", "m7Qe2vXr9LpT4kWz8NcH3sJd"),
    # ok: hardcoded-secret
    "api_key": _env("ERP_API_KEY"),
}


class Announcer:
    # ruleid: hardcoded-secret
    token = "MTE2NzQ5MjM4NTYxODk0NjE3Ng.GkQ2xP.4fT9wLr0aZpQeYc7Nn1uVb3sHd8KjXm2oEiRtU"
    # ok: hardcoded-secret
    token_endpoint = "https://discord.com/api/oauth2/token"
    # ok: hardcoded-secret
    sort_key = "created.at.desc.2024"


# the secrets manager's name for the key, not the key
# ok: hardcoded-secret
API_KEY_SECRET_ID = os.environ.get("TELEMATICS_API_KEY_SECRET", "integrations/telematics")
# ok: hardcoded-secret
SIGNING_SECRET_ARN = os.environ.get("SIGNING_SECRET", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:signing")
# the key file's place, not the key
# ok: hardcoded-secret
SIGNING_KEY_FILE = os.environ.get("INVOICE_SIGNING_KEY", "/etc/billing/invoice-signing.pem")
# ok: hardcoded-secret
AGENT_PRIVATE_KEY = os.getenv("AGENT_PRIVATE_KEY", "~/.ssh/agent_ed25519")
# ruleid: hardcoded-secret
FALLBACK_API_SECRET = os.environ.get("PORTAL_API_SECRET", "q8Ws/Rt2+Lm0Zx7Pv4Kb")


import hmac  # noqa: E402
import hashlib  # noqa: E402

_STATEMENT_LINK_ROOT = bytes.fromhex(
    # ruleid: hardcoded-secret
    "6a1f0c93e4b27d58a0c61e2f9b3d47a8c5e0f12b7d9463aa18e2c5b07f4d9e31"
)
# ok: hardcoded-secret
PINNED_CERT_SHA256 = bytes.fromhex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
# ok: hardcoded-secret
FRAME_MAGIC = bytes.fromhex("54524c31")


def sign_statement_link(message, root=_STATEMENT_LINK_ROOT):
    return hmac.new(root, message, hashlib.sha256).hexdigest()


def _notice_signing_key() -> str:
    # ruleid: hardcoded-secret
    return "hm-notices-9d2f7c41e8ab4b7f95c3a60e1d7b28fc"


def _notice_signing_key_name() -> str:
    # ok: hardcoded-secret
    return "HARBOUR_NOTICE_SIGNING_KEY"


def _notice_signing_key_from_env() -> str:
    # ok: hardcoded-secret
    return os.environ["HARBOUR_NOTICE_SIGNING_KEY"]


class CallbackSigner:
    shared_keys: dict = {
        # ruleid: hardcoded-secret
        "dhl": bytes.fromhex("9f2c7a1e5b8d4c3f0a6e2b9d7c1f4e8a3b5d0c9e7f2a6b1d4c8e3f9a0b7c2d5e"),
        # ruleid: hardcoded-secret
        "ups": bytes.fromhex("4e1a8c7f2d9b3e6a0c5f8d2b7e4a1c9f6d3b0e8a5c2f7d4b1e9a6c3f0d8b5e2a"),
    }
    pinned_cert_sha256 = {
        # ok: hardcoded-secret
        "dhl": bytes.fromhex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
    }

    def sign(self, carrier, message):
        return hmac.new(self.shared_keys[carrier], message, hashlib.sha256).hexdigest()


class InspectionVendorClient:
    default_headers = {
        "Accept": "application/json",
        # ruleid: hardcoded-secret
        "X-Api-Key": "ili_live_7Hq2vKx9RmT4sWbN8cYdZ3pL6fGjA1eU",
        # ok: hardcoded-secret
        "X-Api-Key-Version": "2024-06",
    }
    env_headers = {
        # ok: hardcoded-secret
        "X-Auth-Token": os.environ.get("ILI_AUTH_TOKEN", ""),
    }


TABLET_TOKEN_SETTINGS = types.MappingProxyType(
    {
        "issuer": "gaspipe-workorders",
        "algorithm": "HS256",
        # ruleid: hardcoded-secret
        "signing_key": "wo-tablet-7f3c9e1a54b24d0c8e6f2a9b13d7c5e0",
    }
)
TABLET_KEY_NAMES = types.MappingProxyType(
    {
        # ok: hardcoded-secret
        "signing_key": "<set WO_TABLET_SIGNING_KEY>",
    }
)


def _connection_parts():
    return {
        "drivername": "postgresql+psycopg2",
        "username": "duty_app",
        # ruleid: hardcoded-secret
        "password": "Rot0r-Duty!2023#lw",
        "host": os.environ["DUTY_DB_HOST"],
    }


def _connection_parts_from_env():
    return {
        "drivername": "postgresql+psycopg2",
        # ok: hardcoded-secret
        "password": os.environ["DUTY_DB_PASSWORD"],
        # ok: hardcoded-secret
        "password_file": "/run/secrets/duty_db_password",
    }


_SCADA_TOKEN_BASE = {"algorithm": "HS256", "ttl_s": 300}
# ruleid: hardcoded-secret
SCADA_COMMAND_TOKEN = {**_SCADA_TOKEN_BASE, "key": "kR7#vQ2!xLm9$Tz4@Wp8^Ny3&Hd6*Fj1"}
# ok: hardcoded-secret
SCADA_ROUTE_TABLE = {**_SCADA_TOKEN_BASE, "key": "Turbine-Route/Primary:9"}


# ok: hardcoded-secret
STRIPE_PUBLISHABLE_KEY = "pk_live_51NqLaceCoopPubK3yT8vW2xR6mQ9sB4nJ7hF"
# ruleid: hardcoded-secret
STRIPE_SECRET_KEY = "rk_prod_51NqLaceCoopSecK3yT8vW2xR6mQ9sB4nJ7hF"
