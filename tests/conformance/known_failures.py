"""Known bad-input failures: case id -> (one-line reason, issue). Strict xfail: remove a line when
its case passes. Filled from a run of the suite: every line is an answer the server gave."""

MISSING_500 = "a missing required member reaches the provider signature: TypeError, 500"
EMPTY_MAP_500 = (
    "a required map sent empty (omitted on the wire) reaches the provider signature: TypeError, 500"
)
UNMODELED_EVENT_DATA_STORE_NOT_FOUND_EXCEPTION = (
    "answers EventDataStoreNotFoundException, which the model does not list for this operation"
)
UNMODELED_IMPORT_NOT_FOUND_EXCEPTION = (
    "answers ImportNotFoundException, which the model does not list for this operation"
)
UNMODELED_INVALID_PARAMETER_COMBINATION_EXCEPTION = (
    "answers InvalidParameterCombinationException, which the model does not list for this operation"
)
MISSING_ACCEPTED = "missing required member accepted (200); AWS rejects it with a 400"
UNENFORCED_ENUM = "model enum not enforced, accepted (200); AWS rejects it with a 400"
UNENFORCED_MAX_LENGTH = "model max length not enforced, accepted (200); AWS rejects it with a 400"
UNENFORCED_MAX_VALUE = "model max value not enforced, accepted (200); AWS rejects it with a 400"
UNENFORCED_MIN_LENGTH = "model min length not enforced, accepted (200); AWS rejects it with a 400"
UNENFORCED_MIN_VALUE = "model min value not enforced, accepted (200); AWS rejects it with a 400"
UNENFORCED_PATTERN = "model pattern not enforced, accepted (200); AWS rejects it with a 400"
BAD_INDEX_500 = "required members unreadable (bad list index) reach the provider signature: TypeError, 500"

XML_NO_KEY_500 = "<Object> without <Key>: KeyError in the provider, 500; AWS: MalformedXML"

KNOWN: dict[str, tuple[str, int]] = {
    "s3.raw-delete-object-without-key": (XML_NO_KEY_500, 6),
    "cloudtrail.GetInsightSelectors.b-long-EventDataStore": (
        UNMODELED_EVENT_DATA_STORE_NOT_FOUND_EXCEPTION,
        5,
    ),
    "cloudtrail.GetInsightSelectors.b-pattern-EventDataStore": (
        UNMODELED_EVENT_DATA_STORE_NOT_FOUND_EXCEPTION,
        5,
    ),
    "cloudtrail.GetInsightSelectors.e-baseline": (UNMODELED_EVENT_DATA_STORE_NOT_FOUND_EXCEPTION, 5),
    "cloudtrail.ListChannels.b-long-NextToken": (UNENFORCED_MAX_LENGTH, 5),
    "cloudtrail.ListChannels.b-pattern-NextToken": (UNENFORCED_PATTERN, 5),
    "cloudtrail.ListChannels.c-above-MaxResults": (UNENFORCED_MAX_VALUE, 5),
    "cloudtrail.ListChannels.c-below-MaxResults": (UNENFORCED_MIN_VALUE, 5),
    "cloudtrail.ListDashboards.b-long-NamePrefix": (UNENFORCED_MAX_LENGTH, 5),
    "cloudtrail.ListDashboards.b-long-NextToken": (UNENFORCED_MAX_LENGTH, 5),
    "cloudtrail.ListDashboards.b-pattern-NamePrefix": (UNENFORCED_PATTERN, 5),
    "cloudtrail.ListDashboards.b-pattern-NextToken": (UNENFORCED_PATTERN, 5),
    "cloudtrail.ListDashboards.c-above-MaxResults": (UNENFORCED_MAX_VALUE, 5),
    "cloudtrail.ListDashboards.c-below-MaxResults": (UNENFORCED_MIN_VALUE, 5),
    "cloudtrail.ListDashboards.d-enum-Type": (UNENFORCED_ENUM, 5),
    "cloudtrail.ListEventDataStores.b-long-NextToken": (UNENFORCED_MAX_LENGTH, 5),
    "cloudtrail.ListEventDataStores.b-pattern-NextToken": (UNENFORCED_PATTERN, 5),
    "cloudtrail.ListEventDataStores.c-above-MaxResults": (UNENFORCED_MAX_VALUE, 5),
    "cloudtrail.ListEventDataStores.c-below-MaxResults": (UNENFORCED_MIN_VALUE, 5),
    "cloudtrail.ListImportFailures.b-empty-ImportId": (UNMODELED_IMPORT_NOT_FOUND_EXCEPTION, 5),
    "cloudtrail.ListImportFailures.b-long-ImportId": (UNMODELED_IMPORT_NOT_FOUND_EXCEPTION, 5),
    "cloudtrail.ListImportFailures.b-long-NextToken": (UNMODELED_IMPORT_NOT_FOUND_EXCEPTION, 5),
    "cloudtrail.ListImportFailures.b-pattern-NextToken": (UNMODELED_IMPORT_NOT_FOUND_EXCEPTION, 5),
    "cloudtrail.ListImportFailures.c-above-MaxResults": (UNMODELED_IMPORT_NOT_FOUND_EXCEPTION, 5),
    "cloudtrail.ListImportFailures.c-below-MaxResults": (UNMODELED_IMPORT_NOT_FOUND_EXCEPTION, 5),
    "cloudtrail.ListImportFailures.e-baseline": (UNMODELED_IMPORT_NOT_FOUND_EXCEPTION, 5),
    "cloudtrail.ListImports.b-long-Destination": (UNENFORCED_MAX_LENGTH, 5),
    "cloudtrail.ListImports.b-long-NextToken": (UNENFORCED_MAX_LENGTH, 5),
    "cloudtrail.ListImports.b-pattern-Destination": (UNENFORCED_PATTERN, 5),
    "cloudtrail.ListImports.b-pattern-NextToken": (UNENFORCED_PATTERN, 5),
    "cloudtrail.ListImports.c-above-MaxResults": (UNENFORCED_MAX_VALUE, 5),
    "cloudtrail.ListImports.c-below-MaxResults": (UNENFORCED_MIN_VALUE, 5),
    "cloudtrail.ListImports.d-enum-ImportStatus": (UNENFORCED_ENUM, 5),
    "cloudtrail.ListInsightsData.b-empty-InsightSource": (UNENFORCED_MIN_LENGTH, 5),
    "cloudtrail.ListInsightsData.b-long-InsightSource": (UNENFORCED_MAX_LENGTH, 5),
    "cloudtrail.ListInsightsData.b-long-NextToken": (UNENFORCED_MAX_LENGTH, 5),
    "cloudtrail.ListInsightsData.b-pattern-InsightSource": (UNENFORCED_PATTERN, 5),
    "cloudtrail.ListInsightsData.b-pattern-NextToken": (UNENFORCED_PATTERN, 5),
    "cloudtrail.ListInsightsData.c-above-MaxResults": (UNENFORCED_MAX_VALUE, 5),
    "cloudtrail.ListInsightsData.c-below-MaxResults": (UNENFORCED_MIN_VALUE, 5),
    "cloudtrail.ListInsightsData.d-enum-DataType": (UNENFORCED_ENUM, 5),
    "cloudtrail.ListInsightsMetricData.b-long-EventName": (UNENFORCED_MAX_LENGTH, 5),
    "cloudtrail.ListInsightsMetricData.b-long-EventSource": (UNENFORCED_MAX_LENGTH, 5),
    "cloudtrail.ListInsightsMetricData.b-pattern-EventName": (UNENFORCED_PATTERN, 5),
    "cloudtrail.ListInsightsMetricData.b-pattern-EventSource": (UNENFORCED_PATTERN, 5),
    "cloudtrail.ListInsightsMetricData.c-above-Period": (UNENFORCED_MAX_VALUE, 5),
    "cloudtrail.ListInsightsMetricData.c-below-Period": (UNENFORCED_MIN_VALUE, 5),
    "cloudtrail.ListInsightsMetricData.d-enum-DataType": (UNENFORCED_ENUM, 5),
    "cloudtrail.ListInsightsMetricData.d-enum-InsightType": (UNENFORCED_ENUM, 5),
    "cloudtrail.PutEventSelectors.e-baseline": (UNMODELED_INVALID_PARAMETER_COMBINATION_EXCEPTION, 5),
    "cloudtrail.PutInsightSelectors.b-long-EventDataStore": (
        UNMODELED_EVENT_DATA_STORE_NOT_FOUND_EXCEPTION,
        5,
    ),
    "cloudtrail.PutInsightSelectors.b-long-InsightsDestination": (
        UNMODELED_EVENT_DATA_STORE_NOT_FOUND_EXCEPTION,
        5,
    ),
    "cloudtrail.PutInsightSelectors.b-pattern-EventDataStore": (
        UNMODELED_EVENT_DATA_STORE_NOT_FOUND_EXCEPTION,
        5,
    ),
    "cloudtrail.PutInsightSelectors.b-pattern-InsightsDestination": (
        UNMODELED_EVENT_DATA_STORE_NOT_FOUND_EXCEPTION,
        5,
    ),
    "cloudtrail.PutInsightSelectors.d-enum-InsightSelectors.0.InsightType": (
        UNMODELED_EVENT_DATA_STORE_NOT_FOUND_EXCEPTION,
        5,
    ),
    "cloudtrail.PutInsightSelectors.e-baseline": (UNMODELED_EVENT_DATA_STORE_NOT_FOUND_EXCEPTION, 5),
    "cloudtrail.SearchSampleQueries.b-empty-SearchPhrase": (UNENFORCED_MIN_LENGTH, 5),
    "cloudtrail.SearchSampleQueries.b-long-NextToken": (UNENFORCED_MAX_LENGTH, 5),
    "cloudtrail.SearchSampleQueries.b-long-SearchPhrase": (UNENFORCED_MAX_LENGTH, 5),
    "cloudtrail.SearchSampleQueries.b-pattern-NextToken": (UNENFORCED_PATTERN, 5),
    "cloudtrail.SearchSampleQueries.c-above-MaxResults": (UNENFORCED_MAX_VALUE, 5),
    "cloudtrail.SearchSampleQueries.c-below-MaxResults": (UNENFORCED_MIN_VALUE, 5),
    "sns.ListOriginationNumbers.c-above-MaxResults": (UNENFORCED_MAX_VALUE, 7),
    "sns.ListOriginationNumbers.c-below-MaxResults": (UNENFORCED_MIN_VALUE, 7),
    "sns.ListSMSSandboxPhoneNumbers.c-above-MaxResults": (UNENFORCED_MAX_VALUE, 7),
    "sns.ListSMSSandboxPhoneNumbers.c-below-MaxResults": (UNENFORCED_MIN_VALUE, 7),
    "xray.DeleteResourcePolicy.b-empty-PolicyName": (UNENFORCED_MIN_LENGTH, 5),
    "xray.DeleteResourcePolicy.b-long-PolicyName": (UNENFORCED_MAX_LENGTH, 5),
    "xray.DeleteResourcePolicy.b-pattern-PolicyName": (UNENFORCED_PATTERN, 5),
    "xray.GetGroups.b-long-NextToken": (UNENFORCED_MAX_LENGTH, 5),
    "xray.GetInsight.b-pattern-InsightId": (UNENFORCED_PATTERN, 5),
    "xray.GetInsightEvents.b-long-NextToken": (UNENFORCED_MAX_LENGTH, 5),
    "xray.GetInsightEvents.b-pattern-InsightId": (UNENFORCED_PATTERN, 5),
    "xray.GetInsightEvents.c-above-MaxResults": (UNENFORCED_MAX_VALUE, 5),
    "xray.GetInsightEvents.c-below-MaxResults": (UNENFORCED_MIN_VALUE, 5),
    "xray.GetInsightImpactGraph.b-long-NextToken": (UNENFORCED_MAX_LENGTH, 5),
    "xray.GetInsightImpactGraph.b-pattern-InsightId": (UNENFORCED_PATTERN, 5),
    "xray.GetInsightSummaries.b-long-GroupARN": (UNENFORCED_MAX_LENGTH, 5),
    "xray.GetInsightSummaries.b-long-GroupName": (UNENFORCED_MAX_LENGTH, 5),
    "xray.GetInsightSummaries.c-above-MaxResults": (UNENFORCED_MAX_VALUE, 5),
    "xray.GetInsightSummaries.c-below-MaxResults": (UNENFORCED_MIN_VALUE, 5),
    "xray.GetSamplingTargets.b-empty-SamplingStatisticsDocuments.0.ClientID": (UNENFORCED_MIN_LENGTH, 5),
    "xray.GetSamplingTargets.b-empty-SamplingStatisticsDocuments.0.RuleName": (UNENFORCED_MIN_LENGTH, 5),
    "xray.GetSamplingTargets.b-long-SamplingStatisticsDocuments.0.ClientID": (UNENFORCED_MAX_LENGTH, 5),
    "xray.GetSamplingTargets.b-long-SamplingStatisticsDocuments.0.RuleName": (UNENFORCED_MAX_LENGTH, 5),
    "xray.GetSamplingTargets.c-below-SamplingStatisticsDocuments.0.RequestCount": (UNENFORCED_MIN_VALUE, 5),
    "xray.GetSamplingTargets.c-below-SamplingStatisticsDocuments.0.SampledCount": (UNENFORCED_MIN_VALUE, 5),
    "xray.ListResourcePolicies.b-long-NextToken": (UNENFORCED_MAX_LENGTH, 5),
    "xray.PutEncryptionConfig.b-long-KeyId": (UNENFORCED_MAX_LENGTH, 5),
    "xray.PutTelemetryRecords.b-long-EC2InstanceId": (UNENFORCED_MAX_LENGTH, 5),
    "xray.PutTelemetryRecords.b-long-Hostname": (UNENFORCED_MAX_LENGTH, 5),
    "xray.UpdateTraceSegmentDestination.d-enum-Destination": (UNENFORCED_ENUM, 5),
}
