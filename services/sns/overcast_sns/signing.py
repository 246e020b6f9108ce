"""Message signatures as AWS computes them, with a certificate Overcast serves.

AWS signs the *canonical string* of a message — selected fields as ``Name\\nValue\\n`` pairs in a fixed
order — with RSA, SHA1 for ``SignatureVersion`` 1 and SHA256 for 2, and puts the base64 signature and
the certificate's URL (``SigningCertURL``) in the message. Subscribers verify with the certificate.

The key pair and a self-signed certificate are created once and kept under the data directory
(``<data dir>/sns/signing-key.pem`` and ``signing-cert.pem``); every replica sharing the directory signs
with the same key.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

NOTIFICATION_FIELDS = ("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")
CONFIRMATION_FIELDS = ("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type")
CERT_FILE = "signing-cert.pem"
KEY_FILE = "signing-key.pem"


def canonical_string(message: Mapping[str, str]) -> bytes:
    """The bytes AWS signs: Notification fields (``Subject`` only when present), or the confirmation
    fields for ``SubscriptionConfirmation`` / ``UnsubscribeConfirmation``."""
    fields = NOTIFICATION_FIELDS if message.get("Type") == "Notification" else CONFIRMATION_FIELDS
    return "".join(f"{name}\n{message[name]}\n" for name in fields if name in message).encode()


class Signer:
    def __init__(self, key: rsa.RSAPrivateKey, cert_pem: bytes) -> None:
        self.key = key
        self.cert_pem = cert_pem

    @classmethod
    def load_or_create(cls, directory: Path) -> Signer:
        directory.mkdir(parents=True, exist_ok=True)
        key_path, cert_path = directory / KEY_FILE, directory / CERT_FILE
        if key_path.exists() and cert_path.exists():
            key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
            assert isinstance(key, rsa.RSAPrivateKey)
            return cls(key, cert_path.read_bytes())
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sns.amazonaws.com")])
        now = dt.datetime.now(dt.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
            .sign(key, hashes.SHA256())
        )
        cert_pem = cert.public_bytes(serialization.Encoding.PEM)
        key_pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        # write-then-rename: a concurrent starter never reads half a file
        for path, data in ((key_path, key_pem), (cert_path, cert_pem)):
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(data)
            tmp.replace(path)
        return cls.load_or_create(directory) if not key_path.exists() else cls(key, cert_pem)

    def sign(self, message: Mapping[str, str], version: str) -> str:
        algorithm: hashes.HashAlgorithm = hashes.SHA256() if version == "2" else hashes.SHA1()
        signature = self.key.sign(canonical_string(message), padding.PKCS1v15(), algorithm)
        return base64.b64encode(signature).decode()


def verify(message: Mapping[str, str], cert_pem: bytes) -> bool:
    """Check a message's ``Signature`` as a subscriber would (tests, and a handy reference)."""
    cert = x509.load_pem_x509_certificate(cert_pem)
    public_key = cert.public_key()
    assert isinstance(public_key, rsa.RSAPublicKey)
    algorithm: hashes.HashAlgorithm = (
        hashes.SHA256() if message.get("SignatureVersion") == "2" else hashes.SHA1()
    )
    try:
        public_key.verify(
            base64.b64decode(message["Signature"]), canonical_string(message), padding.PKCS1v15(), algorithm
        )
    except Exception:
        return False
    return True
