"""Submit e-filings to the state judiciary's ECF SOAP interface."""
import os

import requests
from zeep import Client, Settings
from zeep.transports import Transport
from zeep.wsse.username import UsernameToken

# names of the environment variables injected by the deployment's secret store
ECF_USER_ENV = "ECF_SERVICE_USER"
ECF_PASSWORD_ENV = "ECF_SERVICE_PASSWORD"
ECF_WSDL_ENV = "ECF_WSDL_URL"


def build_client(timeout: int = 30) -> Client:
    session = requests.Session()
    session.verify = os.environ.get("ECF_CA_BUNDLE", True)
    transport = Transport(session=session, timeout=timeout, operation_timeout=timeout)
    return Client(
        os.environ[ECF_WSDL_ENV],
        transport=transport,
        settings=Settings(strict=True, forbid_dtd=True),
        wsse=UsernameToken(os.environ[ECF_USER_ENV], os.environ[ECF_PASSWORD_ENV]),
    )


class FilingSubmitter:
    def __init__(self, client: Client | None = None):
        self._client = client or build_client()

    def submit(self, case_number: str, document_type: str, pdf_bytes: bytes, filer_bar_id: str) -> str:
        result = self._client.service.ReviewFiling(
            CaseNumber=case_number,
            DocumentType=document_type,
            FilerBarNumber=filer_bar_id,
            LeadDocument={"BinaryObject": pdf_bytes, "MimeType": "application/pdf"},
        )
        if result.Status != "RECEIVED":
            raise RuntimeError(f"filing for {case_number} not accepted: {result.Status}")
        return result.EnvelopeId
