"""Settings for the client SFTP exchange service.

Values come from the environment (``PAYROLL_SFTP_*``); in production the
password and key passphrase are injected by the secrets manager sidecar.
"""
from functools import lru_cache
from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class SftpSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PAYROLL_SFTP_", case_sensitive=False)

    host: str
    port: int = 22
    username: str = "pyrl_exchange"
    password: SecretStr | None = None
    private_key_path: Path | None = None
    private_key_passphrase: SecretStr | None = None
    known_hosts_path: Path = Path("/etc/payroll/known_hosts")
    inbound_dir: str = "/outbound/to_payroll"
    outbound_dir: str = "/inbound/from_payroll"
    connect_timeout: float = 20.0

    def auth_kwargs(self) -> dict:
        kwargs: dict = {"username": self.username}
        if self.private_key_path:
            kwargs["key_filename"] = str(self.private_key_path)
            if self.private_key_passphrase:
                kwargs["passphrase"] = self.private_key_passphrase.get_secret_value()
        elif self.password:
            kwargs["password"] = self.password.get_secret_value()
        else:
            raise ValueError("either PAYROLL_SFTP_PRIVATE_KEY_PATH or PAYROLL_SFTP_PASSWORD is required")
        return kwargs


@lru_cache(maxsize=1)
def get_settings() -> SftpSettings:
    return SftpSettings()
