"""The codec's proof: botocore serializes, we parse (requests); we serialize, botocore parses
(responses). ``shapegen`` builds the representative values both halves use."""
