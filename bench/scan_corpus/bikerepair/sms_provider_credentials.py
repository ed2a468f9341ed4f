"""Resolves SMS provider credentials for the collection-notification workers."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3


class CredentialNames:
    secret_id = os.environ.get("SMS_SECRET_ID", "bikerepair/prod/sms-gateway")
    password_env = "SMS_GATEWAY_PASSWORD"
    username_env = "SMS_GATEWAY_USERNAME"
    region = os.environ.get("AWS_REGION", "eu-west-2")


@dataclass(frozen=True)
class SmsCredentials:
    username: str
    password: str
    sender_id: str

    def __repr__(self) -> str:
        return f"SmsCredentials(username={self.username!r}, sender_id={self.sender_id!r})"


class CredentialResolver:
    def __init__(self, names: type[CredentialNames] = CredentialNames) -> None:
        self.names = names

    def from_environment(self) -> SmsCredentials | None:
        password = os.environ.get(self.names.password_env)
        username = os.environ.get(self.names.username_env)
        if not (password and username):
            return None
        return SmsCredentials(username, password, os.environ.get("SMS_SENDER_ID", "BikeRepair"))

    def from_secrets_manager(self) -> SmsCredentials:
        client = boto3.client("secretsmanager", region_name=self.names.region)
        value = client.get_secret_value(SecretId=self.names.secret_id)["SecretString"]
        data = json.loads(value)
        return SmsCredentials(data["username"], data["password"], data.get("sender_id", "BikeRepair"))

    def resolve(self) -> SmsCredentials:
        return self.from_environment() or self.from_secrets_manager()


@lru_cache(maxsize=1)
def sms_credentials() -> SmsCredentials:
    return CredentialResolver().resolve()
