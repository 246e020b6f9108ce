"""Destinations: how a buffered batch reaches S3 (``s3``) or an HTTP endpoint (``http``)."""
