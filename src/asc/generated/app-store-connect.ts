/**
 * GENERATED FILE - DO NOT EDIT.
 * Generated from src/emulator/openapi/app-store-connect-api.json (App Store Connect API 4.4.1)
 * by `npx tsx scripts/generate-types.ts`; to add types, extend SCHEMA_NAMES in scripts/generate-types.ts.
 * Schemas: 113 (the listed ones and everything they reference),
 * each exported under its own name; plus named aliases for enums the document has only inline
 * in an attribute (ATTRIBUTE_ALIASES). This file is the one place for API type names.
 */
export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AppStoreVersionLocalization */
        AppStoreVersionLocalization: {
            /** @enum {string} */
            type: "appStoreVersionLocalizations";
            id: string;
            attributes?: {
                description?: string;
                locale?: string;
                keywords?: string;
                /** Format: uri */
                marketingUrl?: string;
                promotionalText?: string;
                /** Format: uri */
                supportUrl?: string;
                whatsNew?: string;
            };
            relationships?: {
                appStoreVersion?: {
                    data?: {
                        /** @enum {string} */
                        type: "appStoreVersions";
                        id: string;
                    };
                };
                appScreenshotSets?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "appScreenshotSets";
                        id: string;
                    }[];
                };
                appPreviewSets?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "appPreviewSets";
                        id: string;
                    }[];
                };
                searchKeywords?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "appKeywords";
                        id: string;
                    }[];
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** AppStoreVersionLocalizationCreateRequest */
        AppStoreVersionLocalizationCreateRequest: {
            data: {
                /** @enum {string} */
                type: "appStoreVersionLocalizations";
                attributes: {
                    description?: string | null;
                    locale: string;
                    keywords?: string | null;
                    /** Format: uri */
                    marketingUrl?: string | null;
                    promotionalText?: string | null;
                    /** Format: uri */
                    supportUrl?: string | null;
                    whatsNew?: string | null;
                };
                relationships: {
                    appStoreVersion: {
                        data: {
                            /** @enum {string} */
                            type: "appStoreVersions";
                            id: string;
                        };
                    };
                };
            };
        };
        /** AppStoreVersionLocalizationUpdateRequest */
        AppStoreVersionLocalizationUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "appStoreVersionLocalizations";
                id: string;
                attributes?: {
                    description?: string | null;
                    keywords?: string | null;
                    /** Format: uri */
                    marketingUrl?: string | null;
                    promotionalText?: string | null;
                    /** Format: uri */
                    supportUrl?: string | null;
                    whatsNew?: string | null;
                };
            };
        };
        /** AppStoreVersionPhasedRelease */
        AppStoreVersionPhasedRelease: {
            /** @enum {string} */
            type: "appStoreVersionPhasedReleases";
            id: string;
            attributes?: {
                phasedReleaseState?: components["schemas"]["PhasedReleaseState"];
                /** Format: date-time */
                startDate?: string;
                totalPauseDuration?: number;
                currentDayNumber?: number;
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** AppStoreVersionPhasedReleaseCreateRequest */
        AppStoreVersionPhasedReleaseCreateRequest: {
            data: {
                /** @enum {string} */
                type: "appStoreVersionPhasedReleases";
                attributes?: {
                    phasedReleaseState?: components["schemas"]["PhasedReleaseState"];
                };
                relationships: {
                    appStoreVersion: {
                        data: {
                            /** @enum {string} */
                            type: "appStoreVersions";
                            id: string;
                        };
                    };
                };
            };
        };
        /** AppStoreVersionPhasedReleaseUpdateRequest */
        AppStoreVersionPhasedReleaseUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "appStoreVersionPhasedReleases";
                id: string;
                attributes?: {
                    phasedReleaseState?: components["schemas"]["PhasedReleaseState"];
                };
            };
        };
        /** AppStoreVersionReleaseRequest */
        AppStoreVersionReleaseRequest: {
            /** @enum {string} */
            type: "appStoreVersionReleaseRequests";
            id: string;
            links?: components["schemas"]["ResourceLinks"];
        };
        /** AppStoreVersionReleaseRequestCreateRequest */
        AppStoreVersionReleaseRequestCreateRequest: {
            data: {
                /** @enum {string} */
                type: "appStoreVersionReleaseRequests";
                relationships: {
                    appStoreVersion: {
                        data: {
                            /** @enum {string} */
                            type: "appStoreVersions";
                            id: string;
                        };
                    };
                };
            };
        };
        /** AppStoreVersion */
        AppStoreVersion: {
            /** @enum {string} */
            type: "appStoreVersions";
            id: string;
            attributes?: {
                platform?: components["schemas"]["Platform"];
                versionString?: string;
                /** @deprecated */
                appStoreState?: components["schemas"]["AppStoreVersionState"];
                appVersionState?: components["schemas"]["AppVersionState"];
                copyright?: string;
                /** @enum {string} */
                reviewType?: "APP_STORE" | "NOTARIZATION";
                /** @enum {string} */
                releaseType?: "MANUAL" | "AFTER_APPROVAL" | "SCHEDULED";
                /** Format: date-time */
                earliestReleaseDate?: string;
                /** @deprecated */
                usesIdfa?: boolean;
                downloadable?: boolean;
                /** Format: date-time */
                createdDate?: string;
            };
            relationships?: {
                app?: {
                    data?: {
                        /** @enum {string} */
                        type: "apps";
                        id: string;
                    };
                };
                appStoreVersionLocalizations?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "appStoreVersionLocalizations";
                        id: string;
                    }[];
                };
                build?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "builds";
                        id: string;
                    };
                };
                appStoreVersionPhasedRelease?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "appStoreVersionPhasedReleases";
                        id: string;
                    };
                };
                gameCenterAppVersion?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "gameCenterAppVersions";
                        id: string;
                    };
                };
                routingAppCoverage?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "routingAppCoverages";
                        id: string;
                    };
                };
                appStoreReviewDetail?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "appStoreReviewDetails";
                        id: string;
                    };
                };
                appStoreVersionSubmission?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "appStoreVersionSubmissions";
                        id: string;
                    };
                };
                appClipDefaultExperience?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "appClipDefaultExperiences";
                        id: string;
                    };
                };
                appStoreVersionExperiments?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "appStoreVersionExperiments";
                        id: string;
                    }[];
                };
                appStoreVersionExperimentsV2?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "appStoreVersionExperiments";
                        id: string;
                    }[];
                };
                customerReviews?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                alternativeDistributionPackage?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "alternativeDistributionPackages";
                        id: string;
                    };
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** AppStoreVersionCreateRequest */
        AppStoreVersionCreateRequest: {
            data: {
                /** @enum {string} */
                type: "appStoreVersions";
                attributes: {
                    platform: components["schemas"]["Platform"];
                    versionString: string;
                    copyright?: string | null;
                    /** @enum {string|null} */
                    reviewType?: "APP_STORE" | "NOTARIZATION" | null;
                    /** @enum {string|null} */
                    releaseType?: "MANUAL" | "AFTER_APPROVAL" | "SCHEDULED" | null;
                    /** Format: date-time */
                    earliestReleaseDate?: string | null;
                    /** @deprecated */
                    usesIdfa?: boolean | null;
                };
                relationships: {
                    app: {
                        data: {
                            /** @enum {string} */
                            type: "apps";
                            id: string;
                        };
                    };
                    appStoreVersionLocalizations?: {
                        data?: {
                            /** @enum {string} */
                            type: "appStoreVersionLocalizations";
                            id: string;
                        }[];
                    };
                    build?: {
                        data?: {
                            /** @enum {string} */
                            type: "builds";
                            id: string;
                        };
                    };
                };
            };
        };
        /** AppStoreVersionUpdateRequest */
        AppStoreVersionUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "appStoreVersions";
                id: string;
                attributes?: {
                    versionString?: string | null;
                    copyright?: string | null;
                    /** @enum {string|null} */
                    reviewType?: "APP_STORE" | "NOTARIZATION" | null;
                    /** @enum {string|null} */
                    releaseType?: "MANUAL" | "AFTER_APPROVAL" | "SCHEDULED" | null;
                    /** Format: date-time */
                    earliestReleaseDate?: string | null;
                    /** @deprecated */
                    usesIdfa?: boolean | null;
                    downloadable?: boolean | null;
                };
                relationships?: {
                    build?: {
                        data?: {
                            /** @enum {string} */
                            type: "builds";
                            id: string;
                        };
                    };
                    appClipDefaultExperience?: {
                        data?: {
                            /** @enum {string} */
                            type: "appClipDefaultExperiences";
                            id: string;
                        };
                    };
                };
            };
        };
        /** App */
        App: {
            /** @enum {string} */
            type: "apps";
            id: string;
            attributes?: {
                /** Format: uri */
                accessibilityUrl?: string;
                name?: string;
                bundleId?: string;
                sku?: string;
                primaryLocale?: string;
                isOrEverWasMadeForKids?: boolean;
                /** Format: uri */
                subscriptionStatusUrl?: string;
                subscriptionStatusUrlVersion?: components["schemas"]["SubscriptionStatusUrlVersion"];
                /** Format: uri */
                subscriptionStatusUrlForSandbox?: string;
                subscriptionStatusUrlVersionForSandbox?: components["schemas"]["SubscriptionStatusUrlVersion"];
                /** @enum {string} */
                contentRightsDeclaration?: "DOES_NOT_USE_THIRD_PARTY_CONTENT" | "USES_THIRD_PARTY_CONTENT";
                streamlinedPurchasingEnabled?: boolean;
            };
            relationships?: {
                accessibilityDeclarations?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                appEncryptionDeclarations?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "appEncryptionDeclarations";
                        id: string;
                    }[];
                };
                appStoreIcon?: {
                    data?: {
                        /** @enum {string} */
                        type: "buildIcons";
                        id: string;
                    };
                };
                ciProduct?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "ciProducts";
                        id: string;
                    };
                };
                betaTesters?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                betaGroups?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "betaGroups";
                        id: string;
                    }[];
                };
                appStoreVersions?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "appStoreVersions";
                        id: string;
                    }[];
                };
                appTags?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                preReleaseVersions?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "preReleaseVersions";
                        id: string;
                    }[];
                };
                betaAppLocalizations?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "betaAppLocalizations";
                        id: string;
                    }[];
                };
                builds?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "builds";
                        id: string;
                    }[];
                };
                betaLicenseAgreement?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "betaLicenseAgreements";
                        id: string;
                    };
                };
                betaAppReviewDetail?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "betaAppReviewDetails";
                        id: string;
                    };
                };
                appInfos?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "appInfos";
                        id: string;
                    }[];
                };
                appClips?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "appClips";
                        id: string;
                    }[];
                };
                appPricePoints?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                endUserLicenseAgreement?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "endUserLicenseAgreements";
                        id: string;
                    };
                };
                appPriceSchedule?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                appAvailabilityV2?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                /** @deprecated */
                inAppPurchases?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "inAppPurchases";
                        id: string;
                    }[];
                };
                subscriptionGroups?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "subscriptionGroups";
                        id: string;
                    }[];
                };
                gameCenterEnabledVersions?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "gameCenterEnabledVersions";
                        id: string;
                    }[];
                };
                perfPowerMetrics?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                appCustomProductPages?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "appCustomProductPages";
                        id: string;
                    }[];
                };
                inAppPurchasesV2?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "inAppPurchases";
                        id: string;
                    }[];
                };
                promotedPurchases?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "promotedPurchases";
                        id: string;
                    }[];
                };
                appEvents?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "appEvents";
                        id: string;
                    }[];
                };
                reviewSubmissions?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "reviewSubmissions";
                        id: string;
                    }[];
                };
                subscriptionGracePeriod?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "subscriptionGracePeriods";
                        id: string;
                    };
                };
                customerReviews?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                customerReviewSummarizations?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                gameCenterDetail?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "gameCenterDetails";
                        id: string;
                    };
                };
                appStoreVersionExperimentsV2?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "appStoreVersionExperiments";
                        id: string;
                    }[];
                };
                alternativeDistributionKey?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                analyticsReportRequests?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                marketplaceSearchDetail?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                buildUploads?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                backgroundAssets?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                betaFeedbackScreenshotSubmissions?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                betaFeedbackCrashSubmissions?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                searchKeywords?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                webhooks?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                androidToIosAppMappingDetails?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "androidToIosAppMappingDetails";
                        id: string;
                    }[];
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BetaAppReviewDetail */
        BetaAppReviewDetail: {
            /** @enum {string} */
            type: "betaAppReviewDetails";
            id: string;
            attributes?: {
                contactFirstName?: string;
                contactLastName?: string;
                contactPhone?: string;
                contactEmail?: string;
                demoAccountName?: string;
                demoAccountPassword?: string;
                demoAccountRequired?: boolean;
                notes?: string;
            };
            relationships?: {
                app?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "apps";
                        id: string;
                    };
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BetaAppReviewDetailUpdateRequest */
        BetaAppReviewDetailUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "betaAppReviewDetails";
                id: string;
                attributes?: {
                    contactFirstName?: string | null;
                    contactLastName?: string | null;
                    contactPhone?: string | null;
                    contactEmail?: string | null;
                    demoAccountName?: string | null;
                    demoAccountPassword?: string | null;
                    demoAccountRequired?: boolean | null;
                    notes?: string | null;
                };
            };
        };
        /** BetaAppReviewSubmission */
        BetaAppReviewSubmission: {
            /** @enum {string} */
            type: "betaAppReviewSubmissions";
            id: string;
            attributes?: {
                betaReviewState?: components["schemas"]["BetaReviewState"];
                /** Format: date-time */
                submittedDate?: string;
            };
            relationships?: {
                build?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "builds";
                        id: string;
                    };
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BetaAppReviewSubmissionCreateRequest */
        BetaAppReviewSubmissionCreateRequest: {
            data: {
                /** @enum {string} */
                type: "betaAppReviewSubmissions";
                relationships: {
                    build: {
                        data: {
                            /** @enum {string} */
                            type: "builds";
                            id: string;
                        };
                    };
                };
            };
        };
        /** BetaBuildLocalization */
        BetaBuildLocalization: {
            /** @enum {string} */
            type: "betaBuildLocalizations";
            id: string;
            attributes?: {
                whatsNew?: string;
                locale?: string;
            };
            relationships?: {
                build?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "builds";
                        id: string;
                    };
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BetaBuildLocalizationCreateRequest */
        BetaBuildLocalizationCreateRequest: {
            data: {
                /** @enum {string} */
                type: "betaBuildLocalizations";
                attributes: {
                    whatsNew?: string | null;
                    locale: string;
                };
                relationships: {
                    build: {
                        data: {
                            /** @enum {string} */
                            type: "builds";
                            id: string;
                        };
                    };
                };
            };
        };
        /** BetaBuildLocalizationUpdateRequest */
        BetaBuildLocalizationUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "betaBuildLocalizations";
                id: string;
                attributes?: {
                    whatsNew?: string | null;
                };
            };
        };
        /** BetaCrashLog */
        BetaCrashLog: {
            /** @enum {string} */
            type: "betaCrashLogs";
            id: string;
            attributes?: {
                logText?: string;
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BetaFeedbackCrashSubmission */
        BetaFeedbackCrashSubmission: {
            /** @enum {string} */
            type: "betaFeedbackCrashSubmissions";
            id: string;
            attributes?: {
                /** Format: date-time */
                createdDate?: string;
                comment?: string;
                email?: string;
                deviceModel?: string;
                osVersion?: string;
                locale?: string;
                timeZone?: string;
                architecture?: string;
                connectionType?: components["schemas"]["DeviceConnectionType"];
                pairedAppleWatch?: string;
                /** Format: int64 */
                appUptimeInMilliseconds?: number;
                /** Format: int64 */
                diskBytesAvailable?: number;
                /** Format: int64 */
                diskBytesTotal?: number;
                batteryPercentage?: number;
                screenWidthInPoints?: number;
                screenHeightInPoints?: number;
                appPlatform?: components["schemas"]["Platform"];
                devicePlatform?: components["schemas"]["Platform"];
                deviceFamily?: components["schemas"]["DeviceFamily"];
                buildBundleId?: string;
            };
            relationships?: {
                crashLog?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                build?: {
                    data?: {
                        /** @enum {string} */
                        type: "builds";
                        id: string;
                    };
                };
                tester?: {
                    data?: {
                        /** @enum {string} */
                        type: "betaTesters";
                        id: string;
                    };
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BetaFeedbackScreenshotSubmission */
        BetaFeedbackScreenshotSubmission: {
            /** @enum {string} */
            type: "betaFeedbackScreenshotSubmissions";
            id: string;
            attributes?: {
                /** Format: date-time */
                createdDate?: string;
                comment?: string;
                email?: string;
                deviceModel?: string;
                osVersion?: string;
                locale?: string;
                timeZone?: string;
                architecture?: string;
                connectionType?: components["schemas"]["DeviceConnectionType"];
                pairedAppleWatch?: string;
                /** Format: int64 */
                appUptimeInMilliseconds?: number;
                /** Format: int64 */
                diskBytesAvailable?: number;
                /** Format: int64 */
                diskBytesTotal?: number;
                batteryPercentage?: number;
                screenWidthInPoints?: number;
                screenHeightInPoints?: number;
                appPlatform?: components["schemas"]["Platform"];
                devicePlatform?: components["schemas"]["Platform"];
                deviceFamily?: components["schemas"]["DeviceFamily"];
                buildBundleId?: string;
                screenshots?: components["schemas"]["BetaFeedbackScreenshotImage"][];
            };
            relationships?: {
                build?: {
                    data?: {
                        /** @enum {string} */
                        type: "builds";
                        id: string;
                    };
                };
                tester?: {
                    data?: {
                        /** @enum {string} */
                        type: "betaTesters";
                        id: string;
                    };
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BetaGroup */
        BetaGroup: {
            /** @enum {string} */
            type: "betaGroups";
            id: string;
            attributes?: {
                name?: string;
                /** Format: date-time */
                createdDate?: string;
                isInternalGroup?: boolean;
                hasAccessToAllBuilds?: boolean;
                publicLinkEnabled?: boolean;
                publicLinkId?: string;
                publicLinkLimitEnabled?: boolean;
                publicLinkLimit?: number;
                publicLink?: string;
                feedbackEnabled?: boolean;
                iosBuildsAvailableForAppleSiliconMac?: boolean;
                iosBuildsAvailableForAppleVision?: boolean;
            };
            relationships?: {
                app?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "apps";
                        id: string;
                    };
                };
                builds?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "builds";
                        id: string;
                    }[];
                };
                betaTesters?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "betaTesters";
                        id: string;
                    }[];
                };
                betaRecruitmentCriteria?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "betaRecruitmentCriteria";
                        id: string;
                    };
                };
                betaRecruitmentCriterionCompatibleBuildCheck?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BetaGroupCreateRequest */
        BetaGroupCreateRequest: {
            data: {
                /** @enum {string} */
                type: "betaGroups";
                attributes: {
                    name: string;
                    isInternalGroup?: boolean | null;
                    hasAccessToAllBuilds?: boolean | null;
                    publicLinkEnabled?: boolean | null;
                    publicLinkLimitEnabled?: boolean | null;
                    publicLinkLimit?: number | null;
                    feedbackEnabled?: boolean | null;
                };
                relationships: {
                    app: {
                        data: {
                            /** @enum {string} */
                            type: "apps";
                            id: string;
                        };
                    };
                    builds?: {
                        data?: {
                            /** @enum {string} */
                            type: "builds";
                            id: string;
                        }[];
                    };
                    betaTesters?: {
                        data?: {
                            /** @enum {string} */
                            type: "betaTesters";
                            id: string;
                        }[];
                    };
                };
            };
        };
        /** BetaGroupUpdateRequest */
        BetaGroupUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "betaGroups";
                id: string;
                attributes?: {
                    name?: string | null;
                    publicLinkEnabled?: boolean | null;
                    publicLinkLimitEnabled?: boolean | null;
                    publicLinkLimit?: number | null;
                    feedbackEnabled?: boolean | null;
                    iosBuildsAvailableForAppleSiliconMac?: boolean | null;
                    iosBuildsAvailableForAppleVision?: boolean | null;
                };
            };
        };
        /** BetaTesterInvitation */
        BetaTesterInvitation: {
            /** @enum {string} */
            type: "betaTesterInvitations";
            id: string;
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BetaTesterInvitationCreateRequest */
        BetaTesterInvitationCreateRequest: {
            data: {
                /** @enum {string} */
                type: "betaTesterInvitations";
                relationships: {
                    /** @deprecated */
                    betaTester?: {
                        data?: {
                            /** @enum {string} */
                            type: "betaTesters";
                            id: string;
                        };
                    };
                    app: {
                        data: {
                            /** @enum {string} */
                            type: "apps";
                            id: string;
                        };
                    };
                };
            };
        };
        /** BetaTester */
        BetaTester: {
            /** @enum {string} */
            type: "betaTesters";
            id: string;
            attributes?: {
                firstName?: string;
                lastName?: string;
                /** Format: email */
                email?: string;
                inviteType?: components["schemas"]["BetaInviteType"];
                state?: components["schemas"]["BetaTesterState"];
                appDevices?: {
                    model?: string;
                    /** @enum {string} */
                    platform?: "IOS" | "MAC_OS" | "TV_OS" | "WATCH_OS" | "VISION_OS";
                    osVersion?: string;
                    appBuildVersion?: string;
                }[];
            };
            relationships?: {
                apps?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "apps";
                        id: string;
                    }[];
                };
                betaGroups?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "betaGroups";
                        id: string;
                    }[];
                };
                builds?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "builds";
                        id: string;
                    }[];
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BetaTesterCreateRequest */
        BetaTesterCreateRequest: {
            data: {
                /** @enum {string} */
                type: "betaTesters";
                attributes: {
                    firstName?: string | null;
                    lastName?: string | null;
                    /** Format: email */
                    email: string;
                };
                relationships?: {
                    betaGroups?: {
                        data?: {
                            /** @enum {string} */
                            type: "betaGroups";
                            id: string;
                        }[];
                    };
                    builds?: {
                        data?: {
                            /** @enum {string} */
                            type: "builds";
                            id: string;
                        }[];
                    };
                };
            };
        };
        /** BuildBetaDetail */
        BuildBetaDetail: {
            /** @enum {string} */
            type: "buildBetaDetails";
            id: string;
            attributes?: {
                autoNotifyEnabled?: boolean;
                internalBuildState?: components["schemas"]["InternalBetaState"];
                externalBuildState?: components["schemas"]["ExternalBetaState"];
            };
            relationships?: {
                build?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "builds";
                        id: string;
                    };
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BuildBetaDetailUpdateRequest */
        BuildBetaDetailUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "buildBetaDetails";
                id: string;
                attributes?: {
                    autoNotifyEnabled?: boolean | null;
                };
            };
        };
        /** BuildBetaNotification */
        BuildBetaNotification: {
            /** @enum {string} */
            type: "buildBetaNotifications";
            id: string;
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BuildBetaNotificationCreateRequest */
        BuildBetaNotificationCreateRequest: {
            data: {
                /** @enum {string} */
                type: "buildBetaNotifications";
                relationships: {
                    build: {
                        data: {
                            /** @enum {string} */
                            type: "builds";
                            id: string;
                        };
                    };
                };
            };
        };
        /** BuildUploadFile */
        BuildUploadFile: {
            /** @enum {string} */
            type: "buildUploadFiles";
            id: string;
            attributes?: {
                assetDeliveryState?: components["schemas"]["AppMediaAssetState"];
                assetToken?: string;
                /** @enum {string} */
                assetType?: "ASSET" | "ASSET_DESCRIPTION" | "ASSET_SPI";
                fileName?: string;
                /** Format: int64 */
                fileSize?: number;
                sourceFileChecksums?: components["schemas"]["Checksums"];
                uploadOperations?: components["schemas"]["DeliveryFileUploadOperation"][];
                /** @enum {string} */
                uti?: "com.apple.binary-property-list" | "com.apple.ipa" | "com.apple.pkg" | "com.apple.xml-property-list" | "com.pkware.zip-archive";
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BuildUploadFileCreateRequest */
        BuildUploadFileCreateRequest: {
            data: {
                /** @enum {string} */
                type: "buildUploadFiles";
                attributes: {
                    /** @enum {string} */
                    assetType: "ASSET" | "ASSET_DESCRIPTION" | "ASSET_SPI";
                    fileName: string;
                    /** Format: int64 */
                    fileSize: number;
                    /** @enum {string} */
                    uti: "com.apple.binary-property-list" | "com.apple.ipa" | "com.apple.pkg" | "com.apple.xml-property-list" | "com.pkware.zip-archive";
                };
                relationships: {
                    buildUpload: {
                        data: {
                            /** @enum {string} */
                            type: "buildUploads";
                            id: string;
                        };
                    };
                };
            };
        };
        /** BuildUploadFileUpdateRequest */
        BuildUploadFileUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "buildUploadFiles";
                id: string;
                attributes?: {
                    sourceFileChecksums?: components["schemas"]["Checksums"];
                    uploaded?: boolean | null;
                };
            };
        };
        /** BuildUpload */
        BuildUpload: {
            /** @enum {string} */
            type: "buildUploads";
            id: string;
            attributes?: {
                cfBundleShortVersionString?: string;
                cfBundleVersion?: string;
                /** Format: date-time */
                createdDate?: string;
                state?: {
                    errors?: components["schemas"]["StateDetail"][];
                    warnings?: components["schemas"]["StateDetail"][];
                    infos?: components["schemas"]["StateDetail"][];
                    state?: components["schemas"]["BuildUploadState"];
                };
                platform?: components["schemas"]["Platform"];
                /** Format: date-time */
                uploadedDate?: string;
            };
            relationships?: {
                build?: {
                    data?: {
                        /** @enum {string} */
                        type: "builds";
                        id: string;
                    };
                };
                assetFile?: {
                    data?: {
                        /** @enum {string} */
                        type: "buildUploadFiles";
                        id: string;
                    };
                };
                assetDescriptionFile?: {
                    data?: {
                        /** @enum {string} */
                        type: "buildUploadFiles";
                        id: string;
                    };
                };
                assetSpiFile?: {
                    data?: {
                        /** @enum {string} */
                        type: "buildUploadFiles";
                        id: string;
                    };
                };
                buildUploadFiles?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BuildUploadCreateRequest */
        BuildUploadCreateRequest: {
            data: {
                /** @enum {string} */
                type: "buildUploads";
                attributes: {
                    cfBundleShortVersionString: string;
                    cfBundleVersion: string;
                    platform: components["schemas"]["Platform"];
                };
                relationships: {
                    app: {
                        data: {
                            /** @enum {string} */
                            type: "apps";
                            id: string;
                        };
                    };
                };
            };
        };
        /** Build */
        Build: {
            /** @enum {string} */
            type: "builds";
            id: string;
            attributes?: {
                version?: string;
                /** Format: date-time */
                uploadedDate?: string;
                /** Format: date-time */
                expirationDate?: string;
                expired?: boolean;
                minOsVersion?: string;
                lsMinimumSystemVersion?: string;
                computedMinMacOsVersion?: string;
                computedMinVisionOsVersion?: string;
                iconAssetToken?: components["schemas"]["ImageAsset"];
                /** @enum {string} */
                processingState?: "PROCESSING" | "FAILED" | "INVALID" | "VALID";
                buildAudienceType?: components["schemas"]["BuildAudienceType"];
                usesNonExemptEncryption?: boolean;
            };
            relationships?: {
                preReleaseVersion?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "preReleaseVersions";
                        id: string;
                    };
                };
                individualTesters?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "betaTesters";
                        id: string;
                    }[];
                };
                betaGroups?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "betaGroups";
                        id: string;
                    }[];
                };
                betaBuildLocalizations?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "betaBuildLocalizations";
                        id: string;
                    }[];
                };
                appEncryptionDeclaration?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "appEncryptionDeclarations";
                        id: string;
                    };
                };
                betaAppReviewSubmission?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "betaAppReviewSubmissions";
                        id: string;
                    };
                };
                app?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "apps";
                        id: string;
                    };
                };
                buildBetaDetail?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "buildBetaDetails";
                        id: string;
                    };
                };
                appStoreVersion?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "appStoreVersions";
                        id: string;
                    };
                };
                icons?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "buildIcons";
                        id: string;
                    }[];
                };
                buildBundles?: {
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "buildBundles";
                        id: string;
                    }[];
                };
                buildUpload?: {
                    data?: {
                        /** @enum {string} */
                        type: "buildUploads";
                        id: string;
                    };
                };
                perfPowerMetrics?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
                diagnosticSignatures?: {
                    links?: components["schemas"]["RelationshipLinks"];
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BuildUpdateRequest */
        BuildUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "builds";
                id: string;
                attributes?: {
                    expired?: boolean | null;
                    usesNonExemptEncryption?: boolean | null;
                };
                relationships?: {
                    appEncryptionDeclaration?: {
                        data?: {
                            /** @enum {string} */
                            type: "appEncryptionDeclarations";
                            id: string;
                        };
                    };
                };
            };
        };
        /** BundleIdCapability */
        BundleIdCapability: {
            /** @enum {string} */
            type: "bundleIdCapabilities";
            id: string;
            attributes?: {
                capabilityType?: components["schemas"]["CapabilityType"];
                settings?: components["schemas"]["CapabilitySetting"][];
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BundleIdCapabilityCreateRequest */
        BundleIdCapabilityCreateRequest: {
            data: {
                /** @enum {string} */
                type: "bundleIdCapabilities";
                attributes: {
                    capabilityType: components["schemas"]["CapabilityType"];
                    settings?: components["schemas"]["CapabilitySetting"][] | null;
                };
                relationships: {
                    bundleId: {
                        data: {
                            /** @enum {string} */
                            type: "bundleIds";
                            id: string;
                        };
                    };
                };
            };
        };
        /** BundleIdCapabilityUpdateRequest */
        BundleIdCapabilityUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "bundleIdCapabilities";
                id: string;
                attributes?: {
                    capabilityType?: components["schemas"]["CapabilityType"];
                    settings?: components["schemas"]["CapabilitySetting"][] | null;
                };
            };
        };
        /** BundleId */
        BundleId: {
            /** @enum {string} */
            type: "bundleIds";
            id: string;
            attributes?: {
                name?: string;
                platform?: components["schemas"]["BundleIdPlatform"];
                identifier?: string;
                seedId?: string;
            };
            relationships?: {
                profiles?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "profiles";
                        id: string;
                    }[];
                };
                bundleIdCapabilities?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "bundleIdCapabilities";
                        id: string;
                    }[];
                };
                app?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "apps";
                        id: string;
                    };
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** BundleIdCreateRequest */
        BundleIdCreateRequest: {
            data: {
                /** @enum {string} */
                type: "bundleIds";
                attributes: {
                    name: string;
                    platform: components["schemas"]["BundleIdPlatform"];
                    identifier: string;
                    seedId?: string | null;
                };
            };
        };
        /** BundleIdUpdateRequest */
        BundleIdUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "bundleIds";
                id: string;
                attributes?: {
                    name?: string | null;
                };
            };
        };
        /** Certificate */
        Certificate: {
            /** @enum {string} */
            type: "certificates";
            id: string;
            attributes?: {
                name?: string;
                certificateType?: components["schemas"]["CertificateType"];
                displayName?: string;
                serialNumber?: string;
                platform?: components["schemas"]["BundleIdPlatform"];
                /** Format: date-time */
                expirationDate?: string;
                certificateContent?: string;
                activated?: boolean;
            };
            relationships?: {
                passTypeId?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "passTypeIds";
                        id: string;
                    };
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** CertificateCreateRequest */
        CertificateCreateRequest: {
            data: {
                /** @enum {string} */
                type: "certificates";
                attributes: {
                    csrContent: string;
                    certificateType: components["schemas"]["CertificateType"];
                };
                relationships?: {
                    merchantId?: {
                        data?: {
                            /** @enum {string} */
                            type: "merchantIds";
                            id: string;
                        };
                    };
                    passTypeId?: {
                        data?: {
                            /** @enum {string} */
                            type: "passTypeIds";
                            id: string;
                        };
                    };
                };
            };
        };
        /** CertificateUpdateRequest */
        CertificateUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "certificates";
                id: string;
                attributes?: {
                    activated?: boolean | null;
                };
            };
        };
        /** Device */
        Device: {
            /** @enum {string} */
            type: "devices";
            id: string;
            attributes?: {
                name?: string;
                platform?: components["schemas"]["BundleIdPlatform"];
                udid?: string;
                /** @enum {string} */
                deviceClass?: "APPLE_VISION_PRO" | "APPLE_WATCH" | "IPAD" | "IPHONE" | "IPOD" | "APPLE_TV" | "MAC";
                /** @enum {string} */
                status?: "ENABLED" | "DISABLED";
                model?: string;
                /** Format: date-time */
                addedDate?: string;
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** DeviceCreateRequest */
        DeviceCreateRequest: {
            data: {
                /** @enum {string} */
                type: "devices";
                attributes: {
                    name: string;
                    platform: components["schemas"]["BundleIdPlatform"];
                    udid: string;
                };
            };
        };
        /** DeviceUpdateRequest */
        DeviceUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "devices";
                id: string;
                attributes?: {
                    name?: string | null;
                    /** @enum {string|null} */
                    status?: "ENABLED" | "DISABLED" | null;
                };
            };
        };
        /** PrereleaseVersion */
        PrereleaseVersion: {
            /** @enum {string} */
            type: "preReleaseVersions";
            id: string;
            attributes?: {
                version?: string;
                platform?: components["schemas"]["Platform"];
            };
            relationships?: {
                builds?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "builds";
                        id: string;
                    }[];
                };
                app?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "apps";
                        id: string;
                    };
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** Profile */
        Profile: {
            /** @enum {string} */
            type: "profiles";
            id: string;
            attributes?: {
                name?: string;
                platform?: components["schemas"]["BundleIdPlatform"];
                /** @enum {string} */
                profileType?: "IOS_APP_DEVELOPMENT" | "IOS_APP_STORE" | "IOS_APP_ADHOC" | "IOS_APP_INHOUSE" | "MAC_APP_DEVELOPMENT" | "MAC_APP_STORE" | "MAC_APP_DIRECT" | "TVOS_APP_DEVELOPMENT" | "TVOS_APP_STORE" | "TVOS_APP_ADHOC" | "TVOS_APP_INHOUSE" | "MAC_CATALYST_APP_DEVELOPMENT" | "MAC_CATALYST_APP_STORE" | "MAC_CATALYST_APP_DIRECT";
                /** @enum {string} */
                profileState?: "ACTIVE" | "INVALID";
                profileContent?: string;
                uuid?: string;
                /** Format: date-time */
                createdDate?: string;
                /** Format: date-time */
                expirationDate?: string;
            };
            relationships?: {
                bundleId?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    data?: {
                        /** @enum {string} */
                        type: "bundleIds";
                        id: string;
                    };
                };
                devices?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "devices";
                        id: string;
                    }[];
                };
                certificates?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "certificates";
                        id: string;
                    }[];
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** ProfileCreateRequest */
        ProfileCreateRequest: {
            data: {
                /** @enum {string} */
                type: "profiles";
                attributes: {
                    name: string;
                    /** @enum {string} */
                    profileType: "IOS_APP_DEVELOPMENT" | "IOS_APP_STORE" | "IOS_APP_ADHOC" | "IOS_APP_INHOUSE" | "MAC_APP_DEVELOPMENT" | "MAC_APP_STORE" | "MAC_APP_DIRECT" | "TVOS_APP_DEVELOPMENT" | "TVOS_APP_STORE" | "TVOS_APP_ADHOC" | "TVOS_APP_INHOUSE" | "MAC_CATALYST_APP_DEVELOPMENT" | "MAC_CATALYST_APP_STORE" | "MAC_CATALYST_APP_DIRECT";
                };
                relationships: {
                    bundleId: {
                        data: {
                            /** @enum {string} */
                            type: "bundleIds";
                            id: string;
                        };
                    };
                    devices?: {
                        data?: {
                            /** @enum {string} */
                            type: "devices";
                            id: string;
                        }[];
                    };
                    certificates: {
                        data: {
                            /** @enum {string} */
                            type: "certificates";
                            id: string;
                        }[];
                    };
                };
            };
        };
        /** ReviewSubmissionItem */
        ReviewSubmissionItem: {
            /** @enum {string} */
            type: "reviewSubmissionItems";
            id: string;
            attributes?: {
                /** @enum {string} */
                state?: "READY_FOR_REVIEW" | "ACCEPTED" | "APPROVED" | "REJECTED" | "REMOVED";
            };
            relationships?: {
                appStoreVersion?: {
                    data?: {
                        /** @enum {string} */
                        type: "appStoreVersions";
                        id: string;
                    };
                };
                appCustomProductPageVersion?: {
                    data?: {
                        /** @enum {string} */
                        type: "appCustomProductPageVersions";
                        id: string;
                    };
                };
                appStoreVersionExperiment?: {
                    data?: {
                        /** @enum {string} */
                        type: "appStoreVersionExperiments";
                        id: string;
                    };
                };
                appStoreVersionExperimentV2?: {
                    data?: {
                        /** @enum {string} */
                        type: "appStoreVersionExperiments";
                        id: string;
                    };
                };
                appEvent?: {
                    data?: {
                        /** @enum {string} */
                        type: "appEvents";
                        id: string;
                    };
                };
                backgroundAssetVersion?: {
                    data?: {
                        /** @enum {string} */
                        type: "backgroundAssetVersions";
                        id: string;
                    };
                };
                gameCenterAchievementVersion?: {
                    data?: {
                        /** @enum {string} */
                        type: "gameCenterAchievementVersions";
                        id: string;
                    };
                };
                gameCenterActivityVersion?: {
                    data?: {
                        /** @enum {string} */
                        type: "gameCenterActivityVersions";
                        id: string;
                    };
                };
                gameCenterChallengeVersion?: {
                    data?: {
                        /** @enum {string} */
                        type: "gameCenterChallengeVersions";
                        id: string;
                    };
                };
                gameCenterLeaderboardSetVersion?: {
                    data?: {
                        /** @enum {string} */
                        type: "gameCenterLeaderboardSetVersions";
                        id: string;
                    };
                };
                gameCenterLeaderboardVersion?: {
                    data?: {
                        /** @enum {string} */
                        type: "gameCenterLeaderboardVersions";
                        id: string;
                    };
                };
                inAppPurchaseVersion?: {
                    data?: {
                        /** @enum {string} */
                        type: "inAppPurchaseVersions";
                        id: string;
                    };
                };
                subscriptionVersion?: {
                    data?: {
                        /** @enum {string} */
                        type: "subscriptionVersions";
                        id: string;
                    };
                };
                subscriptionGroupVersion?: {
                    data?: {
                        /** @enum {string} */
                        type: "subscriptionGroupVersions";
                        id: string;
                    };
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** ReviewSubmissionItemCreateRequest */
        ReviewSubmissionItemCreateRequest: {
            data: {
                /** @enum {string} */
                type: "reviewSubmissionItems";
                relationships: {
                    reviewSubmission: {
                        data: {
                            /** @enum {string} */
                            type: "reviewSubmissions";
                            id: string;
                        };
                    };
                    appStoreVersion?: {
                        data?: {
                            /** @enum {string} */
                            type: "appStoreVersions";
                            id: string;
                        };
                    };
                    appCustomProductPageVersion?: {
                        data?: {
                            /** @enum {string} */
                            type: "appCustomProductPageVersions";
                            id: string;
                        };
                    };
                    appStoreVersionExperiment?: {
                        data?: {
                            /** @enum {string} */
                            type: "appStoreVersionExperiments";
                            id: string;
                        };
                    };
                    appStoreVersionExperimentV2?: {
                        data?: {
                            /** @enum {string} */
                            type: "appStoreVersionExperiments";
                            id: string;
                        };
                    };
                    appEvent?: {
                        data?: {
                            /** @enum {string} */
                            type: "appEvents";
                            id: string;
                        };
                    };
                    backgroundAssetVersion?: {
                        data?: {
                            /** @enum {string} */
                            type: "backgroundAssetVersions";
                            id: string;
                        };
                    };
                    gameCenterAchievementVersion?: {
                        data?: {
                            /** @enum {string} */
                            type: "gameCenterAchievementVersions";
                            id: string;
                        };
                    };
                    gameCenterActivityVersion?: {
                        data?: {
                            /** @enum {string} */
                            type: "gameCenterActivityVersions";
                            id: string;
                        };
                    };
                    gameCenterChallengeVersion?: {
                        data?: {
                            /** @enum {string} */
                            type: "gameCenterChallengeVersions";
                            id: string;
                        };
                    };
                    gameCenterLeaderboardSetVersion?: {
                        data?: {
                            /** @enum {string} */
                            type: "gameCenterLeaderboardSetVersions";
                            id: string;
                        };
                    };
                    gameCenterLeaderboardVersion?: {
                        data?: {
                            /** @enum {string} */
                            type: "gameCenterLeaderboardVersions";
                            id: string;
                        };
                    };
                    inAppPurchaseVersion?: {
                        data?: {
                            /** @enum {string} */
                            type: "inAppPurchaseVersions";
                            id: string;
                        };
                    };
                    subscriptionVersion?: {
                        data?: {
                            /** @enum {string} */
                            type: "subscriptionVersions";
                            id: string;
                        };
                    };
                    subscriptionGroupVersion?: {
                        data?: {
                            /** @enum {string} */
                            type: "subscriptionGroupVersions";
                            id: string;
                        };
                    };
                };
            };
        };
        /** ReviewSubmission */
        ReviewSubmission: {
            /** @enum {string} */
            type: "reviewSubmissions";
            id: string;
            attributes?: {
                platform?: components["schemas"]["Platform"];
                /** Format: date-time */
                submittedDate?: string;
                /** @enum {string} */
                state?: "READY_FOR_REVIEW" | "WAITING_FOR_REVIEW" | "IN_REVIEW" | "UNRESOLVED_ISSUES" | "CANCELING" | "COMPLETING" | "COMPLETE";
            };
            relationships?: {
                app?: {
                    data?: {
                        /** @enum {string} */
                        type: "apps";
                        id: string;
                    };
                };
                items?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "reviewSubmissionItems";
                        id: string;
                    }[];
                };
                appStoreVersionForReview?: {
                    data?: {
                        /** @enum {string} */
                        type: "appStoreVersions";
                        id: string;
                    };
                };
                submittedByActor?: {
                    data?: {
                        /** @enum {string} */
                        type: "actors";
                        id: string;
                    };
                };
                lastUpdatedByActor?: {
                    data?: {
                        /** @enum {string} */
                        type: "actors";
                        id: string;
                    };
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** ReviewSubmissionCreateRequest */
        ReviewSubmissionCreateRequest: {
            data: {
                /** @enum {string} */
                type: "reviewSubmissions";
                attributes?: {
                    platform?: components["schemas"]["Platform"];
                };
                relationships: {
                    app: {
                        data: {
                            /** @enum {string} */
                            type: "apps";
                            id: string;
                        };
                    };
                };
            };
        };
        /** ReviewSubmissionUpdateRequest */
        ReviewSubmissionUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "reviewSubmissions";
                id: string;
                attributes?: {
                    platform?: components["schemas"]["Platform"];
                    submitted?: boolean | null;
                    canceled?: boolean | null;
                };
            };
        };
        /** UserInvitation */
        UserInvitation: {
            /** @enum {string} */
            type: "userInvitations";
            id: string;
            attributes?: {
                /** Format: email */
                email?: string;
                firstName?: string;
                lastName?: string;
                /** Format: date-time */
                expirationDate?: string;
                roles?: components["schemas"]["UserRole"][];
                allAppsVisible?: boolean;
                provisioningAllowed?: boolean;
            };
            relationships?: {
                visibleApps?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "apps";
                        id: string;
                    }[];
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** UserInvitationCreateRequest */
        UserInvitationCreateRequest: {
            data: {
                /** @enum {string} */
                type: "userInvitations";
                attributes: {
                    /** Format: email */
                    email: string;
                    firstName: string;
                    lastName: string;
                    roles: components["schemas"]["UserRole"][];
                    allAppsVisible?: boolean | null;
                    provisioningAllowed?: boolean | null;
                };
                relationships?: {
                    visibleApps?: {
                        data?: {
                            /** @enum {string} */
                            type: "apps";
                            id: string;
                        }[];
                    };
                };
            };
        };
        /** User */
        User: {
            /** @enum {string} */
            type: "users";
            id: string;
            attributes?: {
                username?: string;
                firstName?: string;
                lastName?: string;
                roles?: components["schemas"]["UserRole"][];
                allAppsVisible?: boolean;
                provisioningAllowed?: boolean;
            };
            relationships?: {
                visibleApps?: {
                    links?: components["schemas"]["RelationshipLinks"];
                    meta?: components["schemas"]["PagingInformation"];
                    data?: {
                        /** @enum {string} */
                        type: "apps";
                        id: string;
                    }[];
                };
            };
            links?: components["schemas"]["ResourceLinks"];
        };
        /** UserUpdateRequest */
        UserUpdateRequest: {
            data: {
                /** @enum {string} */
                type: "users";
                id: string;
                attributes?: {
                    roles?: components["schemas"]["UserRole"][] | null;
                    allAppsVisible?: boolean | null;
                    provisioningAllowed?: boolean | null;
                };
                relationships?: {
                    visibleApps?: {
                        data?: {
                            /** @enum {string} */
                            type: "apps";
                            id: string;
                        }[];
                    };
                };
            };
        };
        AppStoreVersionBuildLinkageRequest: {
            data: {
                /** @enum {string} */
                type: "builds";
                id: string;
            };
        };
        AppBetaTestersLinkagesRequest: {
            data: {
                /** @enum {string} */
                type: "betaTesters";
                id: string;
            }[];
        };
        BetaGroupBetaTestersLinkagesRequest: {
            data: {
                /** @enum {string} */
                type: "betaTesters";
                id: string;
            }[];
        };
        BetaGroupBuildsLinkagesRequest: {
            data: {
                /** @enum {string} */
                type: "builds";
                id: string;
            }[];
        };
        BetaTesterAppsLinkagesRequest: {
            data: {
                /** @enum {string} */
                type: "apps";
                id: string;
            }[];
        };
        BetaTesterBetaGroupsLinkagesRequest: {
            data: {
                /** @enum {string} */
                type: "betaGroups";
                id: string;
            }[];
        };
        BetaTesterBuildsLinkagesRequest: {
            data: {
                /** @enum {string} */
                type: "builds";
                id: string;
            }[];
        };
        BuildBetaGroupsLinkagesRequest: {
            data: {
                /** @enum {string} */
                type: "betaGroups";
                id: string;
            }[];
        };
        BuildIndividualTestersLinkagesRequest: {
            data: {
                /** @enum {string} */
                type: "betaTesters";
                id: string;
            }[];
        };
        UserVisibleAppsLinkagesRequest: {
            data: {
                /** @enum {string} */
                type: "apps";
                id: string;
            }[];
        };
        ErrorResponse: {
            errors?: components["schemas"]["ResponseError"][];
        };
        /** Parameter */
        ErrorSourceParameter: {
            parameter: string;
        };
        /** JsonPointer */
        ErrorSourcePointer: {
            pointer: string;
        };
        ErrorLinks: {
            /** Format: uri-reference */
            about?: string;
            associated?: string | {
                /** Format: uri-reference */
                href?: string;
                meta?: {
                    source?: string;
                };
            };
        };
        PagedDocumentLinks: {
            /** Format: uri-reference */
            self: string;
            /** Format: uri-reference */
            first?: string;
            /** Format: uri-reference */
            next?: string;
        };
        PagingInformation: {
            paging: {
                total?: number;
                limit: number;
                nextCursor?: string;
            };
        };
        DocumentLinks: {
            /** Format: uri-reference */
            self: string;
        };
        ResourceLinks: {
            /** Format: uri-reference */
            self?: string;
        };
        RelationshipLinks: {
            /** Format: uri-reference */
            self?: string;
            /** Format: uri-reference */
            related?: string;
        };
        AppMediaAssetState: {
            errors?: components["schemas"]["AppMediaStateError"][];
            warnings?: components["schemas"]["AppMediaStateError"][];
            /** @enum {string} */
            state?: "AWAITING_UPLOAD" | "UPLOAD_COMPLETE" | "COMPLETE" | "FAILED";
        };
        AppMediaStateError: {
            code?: string;
            description?: string;
        };
        /** @enum {string} */
        AppStoreVersionState: "ACCEPTED" | "DEVELOPER_REMOVED_FROM_SALE" | "DEVELOPER_REJECTED" | "IN_REVIEW" | "INVALID_BINARY" | "METADATA_REJECTED" | "PENDING_APPLE_RELEASE" | "PENDING_CONTRACT" | "PENDING_DEVELOPER_RELEASE" | "PREPARE_FOR_SUBMISSION" | "PREORDER_READY_FOR_SALE" | "PROCESSING_FOR_APP_STORE" | "READY_FOR_REVIEW" | "READY_FOR_SALE" | "REJECTED" | "REMOVED_FROM_SALE" | "WAITING_FOR_EXPORT_COMPLIANCE" | "WAITING_FOR_REVIEW" | "REPLACED_WITH_NEW_VERSION" | "NOT_APPLICABLE";
        /** @enum {string} */
        AppVersionState: "ACCEPTED" | "DEVELOPER_REJECTED" | "IN_REVIEW" | "INVALID_BINARY" | "METADATA_REJECTED" | "PENDING_APPLE_RELEASE" | "PENDING_DEVELOPER_RELEASE" | "PREPARE_FOR_SUBMISSION" | "PROCESSING_FOR_DISTRIBUTION" | "READY_FOR_DISTRIBUTION" | "READY_FOR_REVIEW" | "REJECTED" | "REPLACED_WITH_NEW_VERSION" | "WAITING_FOR_EXPORT_COMPLIANCE" | "WAITING_FOR_REVIEW";
        BetaFeedbackScreenshotImage: {
            url?: string;
            width?: number;
            height?: number;
            /** Format: date-time */
            expirationDate?: string;
        };
        /** @enum {string} */
        BetaInviteType: "EMAIL" | "PUBLIC_LINK";
        /** @enum {string} */
        BetaReviewState: "WAITING_FOR_REVIEW" | "IN_REVIEW" | "REJECTED" | "APPROVED";
        /** @enum {string} */
        BetaTesterState: "NOT_INVITED" | "INVITED" | "ACCEPTED" | "INSTALLED" | "REVOKED";
        /** @enum {string} */
        BuildAudienceType: "INTERNAL_ONLY" | "APP_STORE_ELIGIBLE";
        /** @enum {string} */
        BuildUploadState: "AWAITING_UPLOAD" | "PROCESSING" | "FAILED" | "COMPLETE";
        /** @enum {string} */
        BundleIdPlatform: "IOS" | "MAC_OS" | "UNIVERSAL" | "SERVICES";
        CapabilityOption: {
            /** @enum {string} */
            key?: "XCODE_5" | "XCODE_6" | "COMPLETE_PROTECTION" | "PROTECTED_UNLESS_OPEN" | "PROTECTED_UNTIL_FIRST_USER_AUTH" | "PRIMARY_APP_CONSENT";
            name?: string;
            description?: string;
            enabledByDefault?: boolean;
            enabled?: boolean;
            supportsWildcard?: boolean;
        };
        CapabilitySetting: {
            /** @enum {string} */
            key?: "ICLOUD_VERSION" | "DATA_PROTECTION_PERMISSION_LEVEL" | "APPLE_ID_AUTH_APP_CONSENT";
            name?: string;
            description?: string;
            enabledByDefault?: boolean;
            visible?: boolean;
            /** @enum {string} */
            allowedInstances?: "ENTRY" | "SINGLE" | "MULTIPLE";
            minInstances?: number;
            options?: components["schemas"]["CapabilityOption"][];
        };
        /** @enum {string} */
        CapabilityType: "ICLOUD" | "IN_APP_PURCHASE" | "GAME_CENTER" | "PUSH_NOTIFICATIONS" | "WALLET" | "INTER_APP_AUDIO" | "MAPS" | "ASSOCIATED_DOMAINS" | "PERSONAL_VPN" | "APP_GROUPS" | "HEALTHKIT" | "HOMEKIT" | "WIRELESS_ACCESSORY_CONFIGURATION" | "APPLE_PAY" | "DATA_PROTECTION" | "SIRIKIT" | "NETWORK_EXTENSIONS" | "MULTIPATH" | "HOT_SPOT" | "NFC_TAG_READING" | "CLASSKIT" | "AUTOFILL_CREDENTIAL_PROVIDER" | "ACCESS_WIFI_INFORMATION" | "NETWORK_CUSTOM_PROTOCOL" | "COREMEDIA_HLS_LOW_LATENCY" | "SYSTEM_EXTENSION_INSTALL" | "USER_MANAGEMENT" | "APPLE_ID_AUTH";
        /** @enum {string} */
        CertificateType: "APPLE_PAY" | "APPLE_PAY_MERCHANT_IDENTITY" | "APPLE_PAY_PSP_IDENTITY" | "APPLE_PAY_RSA" | "DEVELOPER_ID_KEXT" | "DEVELOPER_ID_KEXT_G2" | "DEVELOPER_ID_APPLICATION" | "DEVELOPER_ID_APPLICATION_G2" | "DEVELOPMENT" | "DISTRIBUTION" | "IDENTITY_ACCESS" | "IOS_DEVELOPMENT" | "IOS_DISTRIBUTION" | "MAC_APP_DISTRIBUTION" | "MAC_INSTALLER_DISTRIBUTION" | "MAC_APP_DEVELOPMENT" | "PASS_TYPE_ID" | "PASS_TYPE_ID_WITH_NFC";
        /** @enum {string} */
        ChecksumAlgorithm: "MD5" | "SHA_256";
        Checksums: {
            file?: {
                hash?: string;
                algorithm?: components["schemas"]["ChecksumAlgorithm"];
            };
            composite?: {
                hash?: string;
                /** @enum {string} */
                algorithm?: "MD5";
            };
        };
        DeliveryFileUploadOperation: {
            method?: string;
            url?: string;
            /** Format: int64 */
            length?: number;
            /** Format: int64 */
            offset?: number;
            requestHeaders?: components["schemas"]["HttpHeader"][];
            /** Format: date-time */
            expiration?: string;
            /** Format: int64 */
            partNumber?: number;
            entityTag?: string;
        };
        /** @enum {string} */
        DeviceConnectionType: "WIFI" | "MOBILE_DATA" | "WIRE" | "UNKNOWN" | "NONE";
        /** @enum {string} */
        DeviceFamily: "IPHONE" | "IPAD" | "APPLE_TV" | "APPLE_WATCH" | "MAC" | "VISION";
        /** @enum {string} */
        ExternalBetaState: "PROCESSING" | "PROCESSING_EXCEPTION" | "MISSING_EXPORT_COMPLIANCE" | "READY_FOR_BETA_TESTING" | "IN_BETA_TESTING" | "EXPIRED" | "READY_FOR_BETA_SUBMISSION" | "IN_EXPORT_COMPLIANCE_REVIEW" | "WAITING_FOR_BETA_REVIEW" | "IN_BETA_REVIEW" | "BETA_REJECTED" | "BETA_APPROVED" | "NOT_APPLICABLE";
        HttpHeader: {
            name?: string;
            value?: string;
        };
        ImageAsset: {
            templateUrl?: string;
            width?: number;
            height?: number;
        };
        /** @enum {string} */
        InternalBetaState: "PROCESSING" | "PROCESSING_EXCEPTION" | "MISSING_EXPORT_COMPLIANCE" | "READY_FOR_BETA_TESTING" | "IN_BETA_TESTING" | "EXPIRED" | "IN_EXPORT_COMPLIANCE_REVIEW";
        /** @enum {string} */
        PhasedReleaseState: "INACTIVE" | "ACTIVE" | "PAUSED" | "COMPLETE";
        /** @enum {string} */
        Platform: "IOS" | "MAC_OS" | "TV_OS" | "VISION_OS";
        StateDetail: {
            code?: string;
            description?: string;
        };
        /** @enum {string} */
        SubscriptionStatusUrlVersion: "V1" | "V2";
        /** @enum {string} */
        UserRole: "ADMIN" | "FINANCE" | "ACCOUNT_HOLDER" | "SALES" | "MARKETING" | "APP_MANAGER" | "DEVELOPER" | "ACCESS_TO_REPORTS" | "CUSTOMER_SUPPORT" | "CREATE_APPS" | "CLOUD_MANAGED_DEVELOPER_ID" | "CLOUD_MANAGED_APP_DISTRIBUTION" | "GENERATE_INDIVIDUAL_KEYS";
        ResponseError: {
            id?: string;
            status: string;
            code: string;
            title: string;
            detail?: string;
            source?: components["schemas"]["ErrorSourcePointer"] | components["schemas"]["ErrorSourceParameter"];
            links?: components["schemas"]["ErrorLinks"];
            meta?: {
                associatedErrors?: {
                    [key: string]: components["schemas"]["ResponseError"][];
                };
            } & {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type AppStoreVersionLocalization = components['schemas']['AppStoreVersionLocalization'];
export type AppStoreVersionLocalizationCreateRequest = components['schemas']['AppStoreVersionLocalizationCreateRequest'];
export type AppStoreVersionLocalizationUpdateRequest = components['schemas']['AppStoreVersionLocalizationUpdateRequest'];
export type AppStoreVersionPhasedRelease = components['schemas']['AppStoreVersionPhasedRelease'];
export type AppStoreVersionPhasedReleaseCreateRequest = components['schemas']['AppStoreVersionPhasedReleaseCreateRequest'];
export type AppStoreVersionPhasedReleaseUpdateRequest = components['schemas']['AppStoreVersionPhasedReleaseUpdateRequest'];
export type AppStoreVersionReleaseRequest = components['schemas']['AppStoreVersionReleaseRequest'];
export type AppStoreVersionReleaseRequestCreateRequest = components['schemas']['AppStoreVersionReleaseRequestCreateRequest'];
export type AppStoreVersion = components['schemas']['AppStoreVersion'];
export type AppStoreVersionCreateRequest = components['schemas']['AppStoreVersionCreateRequest'];
export type AppStoreVersionUpdateRequest = components['schemas']['AppStoreVersionUpdateRequest'];
export type App = components['schemas']['App'];
export type BetaAppReviewDetail = components['schemas']['BetaAppReviewDetail'];
export type BetaAppReviewDetailUpdateRequest = components['schemas']['BetaAppReviewDetailUpdateRequest'];
export type BetaAppReviewSubmission = components['schemas']['BetaAppReviewSubmission'];
export type BetaAppReviewSubmissionCreateRequest = components['schemas']['BetaAppReviewSubmissionCreateRequest'];
export type BetaBuildLocalization = components['schemas']['BetaBuildLocalization'];
export type BetaBuildLocalizationCreateRequest = components['schemas']['BetaBuildLocalizationCreateRequest'];
export type BetaBuildLocalizationUpdateRequest = components['schemas']['BetaBuildLocalizationUpdateRequest'];
export type BetaCrashLog = components['schemas']['BetaCrashLog'];
export type BetaFeedbackCrashSubmission = components['schemas']['BetaFeedbackCrashSubmission'];
export type BetaFeedbackScreenshotSubmission = components['schemas']['BetaFeedbackScreenshotSubmission'];
export type BetaGroup = components['schemas']['BetaGroup'];
export type BetaGroupCreateRequest = components['schemas']['BetaGroupCreateRequest'];
export type BetaGroupUpdateRequest = components['schemas']['BetaGroupUpdateRequest'];
export type BetaTesterInvitation = components['schemas']['BetaTesterInvitation'];
export type BetaTesterInvitationCreateRequest = components['schemas']['BetaTesterInvitationCreateRequest'];
export type BetaTester = components['schemas']['BetaTester'];
export type BetaTesterCreateRequest = components['schemas']['BetaTesterCreateRequest'];
export type BuildBetaDetail = components['schemas']['BuildBetaDetail'];
export type BuildBetaDetailUpdateRequest = components['schemas']['BuildBetaDetailUpdateRequest'];
export type BuildBetaNotification = components['schemas']['BuildBetaNotification'];
export type BuildBetaNotificationCreateRequest = components['schemas']['BuildBetaNotificationCreateRequest'];
export type BuildUploadFile = components['schemas']['BuildUploadFile'];
export type BuildUploadFileCreateRequest = components['schemas']['BuildUploadFileCreateRequest'];
export type BuildUploadFileUpdateRequest = components['schemas']['BuildUploadFileUpdateRequest'];
export type BuildUpload = components['schemas']['BuildUpload'];
export type BuildUploadCreateRequest = components['schemas']['BuildUploadCreateRequest'];
export type Build = components['schemas']['Build'];
export type BuildUpdateRequest = components['schemas']['BuildUpdateRequest'];
export type BundleIdCapability = components['schemas']['BundleIdCapability'];
export type BundleIdCapabilityCreateRequest = components['schemas']['BundleIdCapabilityCreateRequest'];
export type BundleIdCapabilityUpdateRequest = components['schemas']['BundleIdCapabilityUpdateRequest'];
export type BundleId = components['schemas']['BundleId'];
export type BundleIdCreateRequest = components['schemas']['BundleIdCreateRequest'];
export type BundleIdUpdateRequest = components['schemas']['BundleIdUpdateRequest'];
export type Certificate = components['schemas']['Certificate'];
export type CertificateCreateRequest = components['schemas']['CertificateCreateRequest'];
export type CertificateUpdateRequest = components['schemas']['CertificateUpdateRequest'];
export type Device = components['schemas']['Device'];
export type DeviceCreateRequest = components['schemas']['DeviceCreateRequest'];
export type DeviceUpdateRequest = components['schemas']['DeviceUpdateRequest'];
export type PrereleaseVersion = components['schemas']['PrereleaseVersion'];
export type Profile = components['schemas']['Profile'];
export type ProfileCreateRequest = components['schemas']['ProfileCreateRequest'];
export type ReviewSubmissionItem = components['schemas']['ReviewSubmissionItem'];
export type ReviewSubmissionItemCreateRequest = components['schemas']['ReviewSubmissionItemCreateRequest'];
export type ReviewSubmission = components['schemas']['ReviewSubmission'];
export type ReviewSubmissionCreateRequest = components['schemas']['ReviewSubmissionCreateRequest'];
export type ReviewSubmissionUpdateRequest = components['schemas']['ReviewSubmissionUpdateRequest'];
export type UserInvitation = components['schemas']['UserInvitation'];
export type UserInvitationCreateRequest = components['schemas']['UserInvitationCreateRequest'];
export type User = components['schemas']['User'];
export type UserUpdateRequest = components['schemas']['UserUpdateRequest'];
export type AppStoreVersionBuildLinkageRequest = components['schemas']['AppStoreVersionBuildLinkageRequest'];
export type AppBetaTestersLinkagesRequest = components['schemas']['AppBetaTestersLinkagesRequest'];
export type BetaGroupBetaTestersLinkagesRequest = components['schemas']['BetaGroupBetaTestersLinkagesRequest'];
export type BetaGroupBuildsLinkagesRequest = components['schemas']['BetaGroupBuildsLinkagesRequest'];
export type BetaTesterAppsLinkagesRequest = components['schemas']['BetaTesterAppsLinkagesRequest'];
export type BetaTesterBetaGroupsLinkagesRequest = components['schemas']['BetaTesterBetaGroupsLinkagesRequest'];
export type BetaTesterBuildsLinkagesRequest = components['schemas']['BetaTesterBuildsLinkagesRequest'];
export type BuildBetaGroupsLinkagesRequest = components['schemas']['BuildBetaGroupsLinkagesRequest'];
export type BuildIndividualTestersLinkagesRequest = components['schemas']['BuildIndividualTestersLinkagesRequest'];
export type UserVisibleAppsLinkagesRequest = components['schemas']['UserVisibleAppsLinkagesRequest'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type ErrorSourceParameter = components['schemas']['ErrorSourceParameter'];
export type ErrorSourcePointer = components['schemas']['ErrorSourcePointer'];
export type ErrorLinks = components['schemas']['ErrorLinks'];
export type PagedDocumentLinks = components['schemas']['PagedDocumentLinks'];
export type PagingInformation = components['schemas']['PagingInformation'];
export type DocumentLinks = components['schemas']['DocumentLinks'];
export type ResourceLinks = components['schemas']['ResourceLinks'];
export type RelationshipLinks = components['schemas']['RelationshipLinks'];
export type AppMediaAssetState = components['schemas']['AppMediaAssetState'];
export type AppMediaStateError = components['schemas']['AppMediaStateError'];
export type AppStoreVersionState = components['schemas']['AppStoreVersionState'];
export type AppVersionState = components['schemas']['AppVersionState'];
export type BetaFeedbackScreenshotImage = components['schemas']['BetaFeedbackScreenshotImage'];
export type BetaInviteType = components['schemas']['BetaInviteType'];
export type BetaReviewState = components['schemas']['BetaReviewState'];
export type BetaTesterState = components['schemas']['BetaTesterState'];
export type BuildAudienceType = components['schemas']['BuildAudienceType'];
export type BuildUploadState = components['schemas']['BuildUploadState'];
export type BundleIdPlatform = components['schemas']['BundleIdPlatform'];
export type CapabilityOption = components['schemas']['CapabilityOption'];
export type CapabilitySetting = components['schemas']['CapabilitySetting'];
export type CapabilityType = components['schemas']['CapabilityType'];
export type CertificateType = components['schemas']['CertificateType'];
export type ChecksumAlgorithm = components['schemas']['ChecksumAlgorithm'];
export type Checksums = components['schemas']['Checksums'];
export type DeliveryFileUploadOperation = components['schemas']['DeliveryFileUploadOperation'];
export type DeviceConnectionType = components['schemas']['DeviceConnectionType'];
export type DeviceFamily = components['schemas']['DeviceFamily'];
export type ExternalBetaState = components['schemas']['ExternalBetaState'];
export type HttpHeader = components['schemas']['HttpHeader'];
export type ImageAsset = components['schemas']['ImageAsset'];
export type InternalBetaState = components['schemas']['InternalBetaState'];
export type PhasedReleaseState = components['schemas']['PhasedReleaseState'];
export type Platform = components['schemas']['Platform'];
export type StateDetail = components['schemas']['StateDetail'];
export type SubscriptionStatusUrlVersion = components['schemas']['SubscriptionStatusUrlVersion'];
export type UserRole = components['schemas']['UserRole'];
export type ResponseError = components['schemas']['ResponseError'];
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

/** Enums the document declares only inline in an attribute (ATTRIBUTE_ALIASES). */
export type DevicePlatform = NonNullable<NonNullable<Device['attributes']>['platform']>;
export type DeviceStatus = NonNullable<NonNullable<Device['attributes']>['status']>;
export type DeviceClass = NonNullable<NonNullable<Device['attributes']>['deviceClass']>;
export type ProfileType = NonNullable<NonNullable<Profile['attributes']>['profileType']>;
export type ProfileState = NonNullable<NonNullable<Profile['attributes']>['profileState']>;
export type BuildProcessingState = NonNullable<NonNullable<Build['attributes']>['processingState']>;
export type BuildUploadFileUti = NonNullable<NonNullable<BuildUploadFile['attributes']>['uti']>;
