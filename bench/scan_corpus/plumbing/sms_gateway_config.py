"""Settings for the SMS gateway used for booking confirmations and engineer ETAs."""

import os
from dataclasses import dataclass

API_KEY_HEADER = "X-Api-Key"
TOKEN_ENV_VAR = "SMS_GATEWAY_TOKEN"
PASSWORD_RESET_TEMPLATE = "password_reset_v2"
ENGINEER_ETA_TEMPLATE = "engineer_eta"


@dataclass(frozen=True)
class SmsGatewaySettings:
    base_url: str
    api_token: str
    sender_id: str = "PipelineHt"
    timeout: float = 10.0

    def headers(self) -> dict[str, str]:
        return {API_KEY_HEADER: self.api_token, "Content-Type": "application/json"}


def from_env(env=os.environ) -> SmsGatewaySettings:
    token = env.get(TOKEN_ENV_VAR)
    if not token:
        raise RuntimeError(f"{TOKEN_ENV_VAR} is not set")
    return SmsGatewaySettings(
        base_url=env["SMS_GATEWAY_URL"],
        api_token=token,
        sender_id=env.get("SMS_SENDER_ID", "PipelineHt"),
    )
