"""Send breaking-news alerts through Firebase Cloud Messaging (HTTP v1 API)."""
import logging
import os

import google.auth.transport.requests
import requests
from google.oauth2 import service_account

log = logging.getLogger(__name__)

FCM_SCOPE = "https://www.googleapis.com/auth/firebase.messaging"
CREDENTIALS_ENV = "FCM_SERVICE_ACCOUNT_FILE"
PROJECT_ENV = "FCM_PROJECT_ID"


class PushClient:
    def __init__(self, credentials_file: str | None = None, project_id: str | None = None):
        path = credentials_file or os.environ[CREDENTIALS_ENV]
        self.project_id = project_id or os.environ[PROJECT_ENV]
        self._creds = service_account.Credentials.from_service_account_file(path, scopes=[FCM_SCOPE])
        self._session = requests.Session()

    def _access_token(self) -> str:
        if not self._creds.valid:
            self._creds.refresh(google.auth.transport.requests.Request())
        return self._creds.token

    def send_to_topic(self, topic: str, title: str, body: str, link: str) -> str:
        url = f"https://fcm.googleapis.com/v1/projects/{self.project_id}/messages:send"
        message = {
            "message": {
                "topic": topic,
                "notification": {"title": title, "body": body},
                "webpush": {"fcm_options": {"link": link}},
            }
        }
        resp = self._session.post(
            url,
            json=message,
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=10,
        )
        resp.raise_for_status()
        name = resp.json()["name"]
        log.info("queued alert %s for topic %s", name, topic)
        return name
