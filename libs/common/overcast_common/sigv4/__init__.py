"""AWS Signature Version 4, verified for real: headers, presigned URLs, aws-chunked streams, checksums.

``authenticate`` is the one entry point the gateway calls; ``checksums`` is shared with S3.
"""

from overcast_common.sigv4.verifier import AuthResult, UnknownKeyPolicy, authenticate

__all__ = ["AuthResult", "UnknownKeyPolicy", "authenticate"]
