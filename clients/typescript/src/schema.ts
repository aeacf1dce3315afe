// Generated from Saldo's OpenAPI document by `npm run client:generate` (scripts/typescript-client.ts).
// Do not edit by hand: a test fails when this file is not what the document makes.
export interface paths {
    "/admin/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an organization */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @example acme */
                        slug: string;
                        /** @description IANA time zone for due dates; UTC by default. */
                        time_zone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** @example co_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            name: string;
                            slug: string;
                            time_zone: string;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{org_id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the API keys of an organization (never the keys themselves) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Organization slug */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                id: string;
                                name: string;
                                revoked_at: string | null;
                                scopes: string[];
                            }[];
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue an API key (the key is shown only in this answer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Organization slug */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        scopes: ("CUSTOMER_READ" | "CUSTOMER_WRITE" | "CUSTOMER_ACCOUNT_READ" | "CUSTOMER_ACCOUNT_WRITE" | "FAMILY_READ" | "FAMILY_WRITE")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            key: string;
                            name: string;
                            scopes: string[];
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{org_id}/api-keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key is refused by this process from its next request, and by other Saldo processes on the same database within their API_KEY_CACHE_SECONDS (5 s by default).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key_id: string;
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{org_id}/operators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an operator of an organization: the first admin, who then manages the others in the console */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Organization slug */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        /** @description The operator must change the password at first sign-in. */
                        one_time_password?: boolean;
                        /** @description At least 12 characters. */
                        password: string;
                        /** @enum {string} */
                        role: "viewer" | "clerk" | "admin";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            email: string;
                            /** @example opr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            must_change_password: boolean;
                            /** @enum {string} */
                            role: "viewer" | "clerk" | "admin";
                            /** Format: date-time */
                            updated_at: string;
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, to which organization, and until when */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /**
                             * Format: date-time
                             * @description When the session ends unless another request comes first (idle expiry), or expires_at.
                             */
                            ends_at: string;
                            /**
                             * Format: date-time
                             * @description When the session ends at the latest, whatever happens.
                             */
                            expires_at: string;
                            operator: {
                                email: string;
                                /** @example opr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                                id: string;
                                /** @description A one-time password: only changing it is possible until then. */
                                must_change_password: boolean;
                                /** @enum {string} */
                                role: "viewer" | "clerk" | "admin";
                            };
                            organization: {
                                id: string;
                                name: string;
                                slug: string;
                                time_zone: string;
                            };
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Sign in to the console with email and password (sets the session cookie)
         * @description A wrong password, an unknown email and a disabled operator all answer 401 sign_in_failed, in the same time. Attempts are limited per email and per client address (429 with Retry-After). `organization` (a slug) picks one when the email is an operator of several organizations.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        organization?: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /**
                             * Format: date-time
                             * @description When the session ends unless another request comes first (idle expiry), or expires_at.
                             */
                            ends_at: string;
                            /**
                             * Format: date-time
                             * @description When the session ends at the latest, whatever happens.
                             */
                            expires_at: string;
                            operator: {
                                email: string;
                                /** @example opr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                                id: string;
                                /** @description A one-time password: only changing it is possible until then. */
                                must_change_password: boolean;
                                /** @enum {string} */
                                role: "viewer" | "clerk" | "admin";
                            };
                            organization: {
                                id: string;
                                name: string;
                                slug: string;
                                time_zone: string;
                            };
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /**
         * Sign out: the session ends and its cookie is cleared
         * @description As every state-changing request made with the session cookie: a same-origin Origin (or Referer) and a JSON body (`{}`).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/api/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the signed-in operator's password (also a one-time password)
         * @description The operator's other sessions end; this one stays.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        current_password: string;
                        new_password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /**
                             * Format: date-time
                             * @description When the session ends unless another request comes first (idle expiry), or expires_at.
                             */
                            ends_at: string;
                            /**
                             * Format: date-time
                             * @description When the session ends at the latest, whatever happens.
                             */
                            expires_at: string;
                            operator: {
                                email: string;
                                /** @example opr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                                id: string;
                                /** @description A one-time password: only changing it is possible until then. */
                                must_change_password: boolean;
                                /** @enum {string} */
                                role: "viewer" | "clerk" | "admin";
                            };
                            organization: {
                                id: string;
                                name: string;
                                slug: string;
                                time_zone: string;
                            };
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/account-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account templates, by name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: date-time */
                                created_at: string;
                                credit_limit: number | null;
                                currency: string | null;
                                modality: ("RECURRING_PREPAID" | "POSTPAID") | null;
                                name: string;
                                payment_reference_type: ("MOD10" | "FINNISH_7_3_1" | "RF") | null;
                            }[];
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an account template: defaults for new accounts that name it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        credit_limit?: number;
                        currency?: string;
                        /** @enum {string} */
                        modality?: "RECURRING_PREPAID" | "POSTPAID";
                        name: string;
                        /** @enum {string} */
                        payment_reference_type?: "MOD10" | "FINNISH_7_3_1" | "RF";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            credit_limit: number | null;
                            currency: string | null;
                            modality: ("RECURRING_PREPAID" | "POSTPAID") | null;
                            name: string;
                            payment_reference_type: ("MOD10" | "FINNISH_7_3_1" | "RF") | null;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/account-templates/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            credit_limit: number | null;
                            currency: string | null;
                            modality: ("RECURRING_PREPAID" | "POSTPAID") | null;
                            name: string;
                            payment_reference_type: ("MOD10" | "FINNISH_7_3_1" | "RF") | null;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/account-templates/{name}/dunning-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A template's own dunning policy (404 template_not_found; no levels when it has none) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Account template name */
                    name: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            debt_collection_after_days: number | null;
                            levels: {
                                block_account: boolean;
                                days_past_due: number;
                                fee: number;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** Set a template's own dunning policy (its accounts follow it instead of the organization's) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Account template name */
                    name: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Days past due at which the account goes to debt collection; null = never. */
                        debt_collection_after_days?: number | null;
                        /** @description At most 20 levels, days_past_due strictly increasing. */
                        levels: {
                            /** @description While at or past this level the account is ACCOUNT_BLOCKED. */
                            block_account?: boolean;
                            days_past_due: number;
                            /** @description Minor units, posted as a FEE charge once when the level is reached. */
                            fee?: number;
                            name: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            debt_collection_after_days: number | null;
                            levels: {
                                block_account: boolean;
                                days_past_due: number;
                                fee: number;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a template's own dunning policy: its accounts follow the organization's again */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Account template name */
                    name: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's accounts, oldest first, by dunning level or status */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description Index of the dunning level (0 = the first of the policy), or `none`. */
                    dunning_level?: string;
                    limit?: number;
                    status?: "ACCOUNT_OK" | "ACCOUNT_BLOCKED" | "ACCOUNT_COLLECTION" | "ACCOUNT_TO_CLOSE" | "ACCOUNT_CLOSED" | "ACCOUNT_AUTO_CLOSED";
                };
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description credit_limit + balance */
                                available: number;
                                /** @description credits − charges, minor units; negative means the customer owes */
                                balance: number;
                                billing_address: {
                                    city?: string;
                                    /** @description ISO 3166-1 alpha-2 */
                                    country?: string;
                                    line1?: string;
                                    line2?: string;
                                    line3?: string;
                                    name?: string;
                                    postal_code?: string;
                                    region?: string;
                                } | null;
                                closed_at: string | null;
                                /** Format: date-time */
                                created_at: string;
                                credit_limit: number;
                                currency: string;
                                /** Format: uuid */
                                customer_id: string;
                                /** @description A 64-bit integer as a string of digits. */
                                customer_number: string;
                                dunning_level: number | null;
                                /** Format: uuid */
                                id: string;
                                in_debt_collection: boolean;
                                is_default: boolean;
                                /** @enum {string} */
                                modality: "RECURRING_PREPAID" | "POSTPAID";
                                name: string | null;
                                number: string;
                                /** @description A 64-bit integer as a string of digits. */
                                numeric_id: string;
                                open_amount: number;
                                parent_id: string | null;
                                payment_method: {
                                    details: {
                                        /** @description Only for direct debit payment method */
                                        iban?: string;
                                        /** @description Only for credit card payment method: the id of the tokenized card (uuid) */
                                        token_id?: string;
                                    } | null;
                                    /** @enum {string} */
                                    type: "DIRECT_DEBIT" | "CREDIT_CARD";
                                };
                                payment_reference: {
                                    number: string;
                                    /** @enum {string} */
                                    type: "MOD10" | "FINNISH_7_3_1" | "RF";
                                } | null;
                                /** @enum {string} */
                                status: "ACCOUNT_OK" | "ACCOUNT_BLOCKED" | "ACCOUNT_COLLECTION" | "ACCOUNT_TO_CLOSE" | "ACCOUNT_CLOSED" | "ACCOUNT_AUTO_CLOSED";
                                template: string | null;
                                total_charged: number;
                                total_credited: number;
                                unallocated: number;
                                /** Format: date-time */
                                updated_at: string;
                                version: number;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Access to accounts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Account identifier */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description credit_limit + balance */
                            available: number;
                            /** @description credits − charges, minor units; negative means the customer owes */
                            balance: number;
                            billing_address: {
                                city?: string;
                                /** @description ISO 3166-1 alpha-2 */
                                country?: string;
                                line1?: string;
                                line2?: string;
                                line3?: string;
                                name?: string;
                                postal_code?: string;
                                region?: string;
                            } | null;
                            closed_at: string | null;
                            /** Format: date-time */
                            created_at: string;
                            credit_limit: number;
                            currency: string;
                            /** Format: uuid */
                            customer_id: string;
                            /** @description A 64-bit integer as a string of digits. */
                            customer_number: string;
                            dunning_level: number | null;
                            /** Format: uuid */
                            id: string;
                            in_debt_collection: boolean;
                            is_default: boolean;
                            /** @enum {string} */
                            modality: "RECURRING_PREPAID" | "POSTPAID";
                            name: string | null;
                            number: string;
                            /** @description A 64-bit integer as a string of digits. */
                            numeric_id: string;
                            open_amount: number;
                            parent_id: string | null;
                            payment_method: {
                                details: {
                                    /** @description Only for direct debit payment method */
                                    iban?: string;
                                    /** @description Only for credit card payment method: the id of the tokenized card (uuid) */
                                    token_id?: string;
                                } | null;
                                /** @enum {string} */
                                type: "DIRECT_DEBIT" | "CREDIT_CARD";
                            };
                            payment_reference: {
                                number: string;
                                /** @enum {string} */
                                type: "MOD10" | "FINNISH_7_3_1" | "RF";
                            } | null;
                            /** @enum {string} */
                            status: "ACCOUNT_OK" | "ACCOUNT_BLOCKED" | "ACCOUNT_COLLECTION" | "ACCOUNT_TO_CLOSE" | "ACCOUNT_CLOSED" | "ACCOUNT_AUTO_CLOSED";
                            template: string | null;
                            total_charged: number;
                            total_credited: number;
                            unallocated: number;
                            /** Format: date-time */
                            updated_at: string;
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an account (If-Match: the ETag of the version read) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version read */
                    "if-match"?: string;
                };
                path: {
                    /** @description Account identifier */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        billing_address?: {
                            city?: string;
                            /** @description ISO 3166-1 alpha-2 */
                            country?: string;
                            line1?: string;
                            line2?: string;
                            line3?: string;
                            name?: string;
                            postal_code?: string;
                            region?: string;
                        } | null;
                        /** @description Minor units */
                        credit_limit?: number;
                        name?: string | null;
                        parent_id?: string | null;
                        template?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description credit_limit + balance */
                            available: number;
                            /** @description credits − charges, minor units; negative means the customer owes */
                            balance: number;
                            billing_address: {
                                city?: string;
                                /** @description ISO 3166-1 alpha-2 */
                                country?: string;
                                line1?: string;
                                line2?: string;
                                line3?: string;
                                name?: string;
                                postal_code?: string;
                                region?: string;
                            } | null;
                            closed_at: string | null;
                            /** Format: date-time */
                            created_at: string;
                            credit_limit: number;
                            currency: string;
                            /** Format: uuid */
                            customer_id: string;
                            /** @description A 64-bit integer as a string of digits. */
                            customer_number: string;
                            dunning_level: number | null;
                            /** Format: uuid */
                            id: string;
                            in_debt_collection: boolean;
                            is_default: boolean;
                            /** @enum {string} */
                            modality: "RECURRING_PREPAID" | "POSTPAID";
                            name: string | null;
                            number: string;
                            /** @description A 64-bit integer as a string of digits. */
                            numeric_id: string;
                            open_amount: number;
                            parent_id: string | null;
                            payment_method: {
                                details: {
                                    /** @description Only for direct debit payment method */
                                    iban?: string;
                                    /** @description Only for credit card payment method: the id of the tokenized card (uuid) */
                                    token_id?: string;
                                } | null;
                                /** @enum {string} */
                                type: "DIRECT_DEBIT" | "CREDIT_CARD";
                            };
                            payment_reference: {
                                number: string;
                                /** @enum {string} */
                                type: "MOD10" | "FINNISH_7_3_1" | "RF";
                            } | null;
                            /** @enum {string} */
                            status: "ACCOUNT_OK" | "ACCOUNT_BLOCKED" | "ACCOUNT_COLLECTION" | "ACCOUNT_TO_CLOSE" | "ACCOUNT_CLOSED" | "ACCOUNT_AUTO_CLOSED";
                            template: string | null;
                            total_charged: number;
                            total_credited: number;
                            unallocated: number;
                            /** Format: date-time */
                            updated_at: string;
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An If-Match header is required. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/orgs/{org_id}/accounts/{account_id}/debt-collection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand an account over to debt collection
         * @description The account becomes ACCOUNT_COLLECTION and dunning stops for it. 409 debt_collection_state_invalid when it is handed over already, closed, or owes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Account identifier (uuid) */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Minor units: credits − charges. */
                            balance: number;
                            closed_at: string | null;
                            debt_collection: {
                                active: boolean;
                                since: string | null;
                            };
                            dunning: {
                                /** @description Due date of the oldest overdue charge. */
                                anchor_date: string | null;
                                blocked_by_dunning: boolean;
                                exempt: boolean;
                                /** @description Index into the policy levels; null = none. */
                                level: number | null;
                            };
                            /**
                             * Format: uuid
                             * @description The account (003 `account_id`).
                             */
                            id: string;
                            /** @description Minor units still owed on charges. */
                            open_amount: number;
                            /** @enum {string} */
                            status: "ACCOUNT_OK" | "ACCOUNT_BLOCKED" | "ACCOUNT_COLLECTION" | "ACCOUNT_TO_CLOSE" | "ACCOUNT_CLOSED" | "ACCOUNT_AUTO_CLOSED";
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /**
         * Recall an account from debt collection
         * @description Back to ACCOUNT_BLOCKED when its dunning level blocks, else ACCOUNT_OK. 409 debt_collection_state_invalid when it is not handed over.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Account identifier (uuid) */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Minor units: credits − charges. */
                            balance: number;
                            closed_at: string | null;
                            debt_collection: {
                                active: boolean;
                                since: string | null;
                            };
                            dunning: {
                                /** @description Due date of the oldest overdue charge. */
                                anchor_date: string | null;
                                blocked_by_dunning: boolean;
                                exempt: boolean;
                                /** @description Index into the policy levels; null = none. */
                                level: number | null;
                            };
                            /**
                             * Format: uuid
                             * @description The account (003 `account_id`).
                             */
                            id: string;
                            /** @description Minor units still owed on charges. */
                            open_amount: number;
                            /** @enum {string} */
                            status: "ACCOUNT_OK" | "ACCOUNT_BLOCKED" | "ACCOUNT_COLLECTION" | "ACCOUNT_TO_CLOSE" | "ACCOUNT_CLOSED" | "ACCOUNT_AUTO_CLOSED";
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/accounts/{account_id}/dunning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's dunning and debt-collection state */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Account identifier (uuid) */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Minor units: credits − charges. */
                            balance: number;
                            closed_at: string | null;
                            debt_collection: {
                                active: boolean;
                                since: string | null;
                            };
                            dunning: {
                                /** @description Due date of the oldest overdue charge. */
                                anchor_date: string | null;
                                blocked_by_dunning: boolean;
                                exempt: boolean;
                                /** @description Index into the policy levels; null = none. */
                                level: number | null;
                            };
                            /**
                             * Format: uuid
                             * @description The account (003 `account_id`).
                             */
                            id: string;
                            /** @description Minor units still owed on charges. */
                            open_amount: number;
                            /** @enum {string} */
                            status: "ACCOUNT_OK" | "ACCOUNT_BLOCKED" | "ACCOUNT_COLLECTION" | "ACCOUNT_TO_CLOSE" | "ACCOUNT_CLOSED" | "ACCOUNT_AUTO_CLOSED";
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/accounts/{account_id}/dunning-exemption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Exempt an account from dunning, or lift the exemption */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Account identifier (uuid) */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        exempt: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Minor units: credits − charges. */
                            balance: number;
                            closed_at: string | null;
                            debt_collection: {
                                active: boolean;
                                since: string | null;
                            };
                            dunning: {
                                /** @description Due date of the oldest overdue charge. */
                                anchor_date: string | null;
                                blocked_by_dunning: boolean;
                                exempt: boolean;
                                /** @description Index into the policy levels; null = none. */
                                level: number | null;
                            };
                            /**
                             * Format: uuid
                             * @description The account (003 `account_id`).
                             */
                            id: string;
                            /** @description Minor units still owed on charges. */
                            open_amount: number;
                            /** @enum {string} */
                            status: "ACCOUNT_OK" | "ACCOUNT_BLOCKED" | "ACCOUNT_COLLECTION" | "ACCOUNT_TO_CLOSE" | "ACCOUNT_CLOSED" | "ACCOUNT_AUTO_CLOSED";
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/accounts/{account_id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's booking entries in ledger order */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    due_from?: string;
                    due_to?: string;
                    limit?: number;
                    /** @description true: only entries with an open amount (charges still owed, credits not yet allocated). */
                    open?: boolean;
                    /** @description Ledger order (asc, the default) or newest first (desc). */
                    order?: "asc" | "desc";
                    type?: "CHARGE" | "CREDIT";
                };
                header?: never;
                path: {
                    /** @description Account identifier (uuid) */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                account_id: string;
                                allocations: {
                                    /** @description Minor units. */
                                    amount: number;
                                    /** @description The other side: the charge a credit settles, or the credit that settles a charge. */
                                    entry_id: string;
                                    /** @description The reversal that undid this allocation, if any. */
                                    released_by: string | null;
                                }[];
                                /** @description Minor units; negative only on a reversal. */
                                amount: number;
                                /** @description The account's balance right after this entry (credits − charges). */
                                balance_after: number;
                                /** Format: date-time */
                                booked_at: string;
                                currency: string;
                                description: string | null;
                                /** Format: date */
                                due_date: string;
                                external_id: string | null;
                                /** @example trn_00000000000015ZK3Q8E2N4R7T */
                                id: string;
                                installment_plan: boolean;
                                /**
                                 * @example CHARGE
                                 * @example CREDIT
                                 * @example PAYMENT
                                 * @example REVERSAL
                                 * @example FEE
                                 * @example INSTALLMENT
                                 */
                                kind: string;
                                /** @description The numeric id (v1 `id`). */
                                numeric_id: string;
                                /** @description Charge: still owed of it. Credit: still unallocated of it. */
                                open_amount: number;
                                reversal_of: string | null;
                                reversed_by: string | null;
                                type: "CHARGE" | "CREDIT";
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Post a charge or a credit
         * @description A charge is settled at once from unallocated credit; a credit settles open charges, oldest due date first. Closed accounts take no charges (409 account_closed).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Account identifier (uuid) */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Minor units of the account currency. */
                        amount: number;
                        /** @description When given, must be the account currency. */
                        currency?: string;
                        description?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD; today in the organization’s time zone by default.
                         */
                        due_date?: string;
                        /** @description Your id for the entry, unique per account: the same content again returns the first entry (200); other content is 409. */
                        external_id?: string;
                        type: "CHARGE" | "CREDIT";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            account_id: string;
                            allocations: {
                                /** @description Minor units. */
                                amount: number;
                                /** @description The other side: the charge a credit settles, or the credit that settles a charge. */
                                entry_id: string;
                                /** @description The reversal that undid this allocation, if any. */
                                released_by: string | null;
                            }[];
                            /** @description Minor units; negative only on a reversal. */
                            amount: number;
                            /** @description The account's balance right after this entry (credits − charges). */
                            balance_after: number;
                            /** Format: date-time */
                            booked_at: string;
                            currency: string;
                            description: string | null;
                            /** Format: date */
                            due_date: string;
                            external_id: string | null;
                            /** @example trn_00000000000015ZK3Q8E2N4R7T */
                            id: string;
                            installment_plan: boolean;
                            /**
                             * @example CHARGE
                             * @example CREDIT
                             * @example PAYMENT
                             * @example REVERSAL
                             * @example FEE
                             * @example INSTALLMENT
                             */
                            kind: string;
                            /** @description The numeric id (v1 `id`). */
                            numeric_id: string;
                            /** @description Charge: still owed of it. Credit: still unallocated of it. */
                            open_amount: number;
                            reversal_of: string | null;
                            reversed_by: string | null;
                            type: "CHARGE" | "CREDIT";
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            account_id: string;
                            allocations: {
                                /** @description Minor units. */
                                amount: number;
                                /** @description The other side: the charge a credit settles, or the credit that settles a charge. */
                                entry_id: string;
                                /** @description The reversal that undid this allocation, if any. */
                                released_by: string | null;
                            }[];
                            /** @description Minor units; negative only on a reversal. */
                            amount: number;
                            /** @description The account's balance right after this entry (credits − charges). */
                            balance_after: number;
                            /** Format: date-time */
                            booked_at: string;
                            currency: string;
                            description: string | null;
                            /** Format: date */
                            due_date: string;
                            external_id: string | null;
                            /** @example trn_00000000000015ZK3Q8E2N4R7T */
                            id: string;
                            installment_plan: boolean;
                            /**
                             * @example CHARGE
                             * @example CREDIT
                             * @example PAYMENT
                             * @example REVERSAL
                             * @example FEE
                             * @example INSTALLMENT
                             */
                            kind: string;
                            /** @description The numeric id (v1 `id`). */
                            numeric_id: string;
                            /** @description Charge: still owed of it. Credit: still unallocated of it. */
                            open_amount: number;
                            reversal_of: string | null;
                            reversed_by: string | null;
                            type: "CHARGE" | "CREDIT";
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/accounts/{account_id}/installment-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's installment plans, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Account identifier (uuid) */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                account_id: string;
                                cancelled_at: string | null;
                                /** Format: date-time */
                                created_at: string;
                                currency: string;
                                /** @description The original charges. */
                                entry_ids: string[];
                                /** Format: date */
                                first_due_date: string;
                                /** @example ipl_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                                id: string;
                                installments: {
                                    amount: number;
                                    /** Format: date */
                                    due_date: string;
                                    entry_id: string;
                                    open_amount: number;
                                }[];
                                interval_months: number;
                                originals: {
                                    /** @description What moved into the plan. */
                                    amount: number;
                                    entry_id: string;
                                }[];
                                status: "ACTIVE" | "CANCELLED";
                                /** @description Minor units moved from the original charges. */
                                total: number;
                            }[];
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Move the open amounts of charges into an installment plan
         * @description The installments are new charges of kind INSTALLMENT, split exactly (the remainder on the last one), due every `interval_months` from `first_due_date`. The balance and the charged and credited totals stay unchanged; the originals show `installment_plan: true`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Account identifier (uuid) */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entry_ids: string[];
                        /** @description YYYY-MM-DD */
                        first_due_date: string;
                        installments: number;
                        /** @default 1 */
                        interval_months?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            account_id: string;
                            cancelled_at: string | null;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            /** @description The original charges. */
                            entry_ids: string[];
                            /** Format: date */
                            first_due_date: string;
                            /** @example ipl_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            installments: {
                                amount: number;
                                /** Format: date */
                                due_date: string;
                                entry_id: string;
                                open_amount: number;
                            }[];
                            interval_months: number;
                            originals: {
                                /** @description What moved into the plan. */
                                amount: number;
                                entry_id: string;
                            }[];
                            status: "ACTIVE" | "CANCELLED";
                            /** @description Minor units moved from the original charges. */
                            total: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/accounts/{account_id}/payment-method": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the payment method of an account */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Account identifier */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        details?: {
                            /** @description Only for direct debit payment method */
                            iban?: string;
                            /** @description Only for credit card payment method: the id of the tokenized card (uuid) */
                            token_id?: string;
                        } | null;
                        /** @enum {string} */
                        type: "DIRECT_DEBIT" | "CREDIT_CARD";
                    };
                };
            };
            responses: {
                /** @description successful operation */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/orgs/{org_id}/accounts/{account_id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a payment on an account */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Account identifier (uuid) */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Minor units of the account currency. */
                        amount: number;
                        /** @description When given, must be the account currency. */
                        currency?: string;
                        description?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD; today in the organization’s time zone by default.
                         */
                        due_date?: string;
                        /** @description Your id for the entry, unique per account: the same content again returns the first entry (200); other content is 409. */
                        external_id?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            account_id: string;
                            allocations: {
                                /** @description Minor units. */
                                amount: number;
                                /** @description The other side: the charge a credit settles, or the credit that settles a charge. */
                                entry_id: string;
                                /** @description The reversal that undid this allocation, if any. */
                                released_by: string | null;
                            }[];
                            /** @description Minor units; negative only on a reversal. */
                            amount: number;
                            /** @description The account's balance right after this entry (credits − charges). */
                            balance_after: number;
                            /** Format: date-time */
                            booked_at: string;
                            currency: string;
                            description: string | null;
                            /** Format: date */
                            due_date: string;
                            external_id: string | null;
                            /** @example trn_00000000000015ZK3Q8E2N4R7T */
                            id: string;
                            installment_plan: boolean;
                            /**
                             * @example CHARGE
                             * @example CREDIT
                             * @example PAYMENT
                             * @example REVERSAL
                             * @example FEE
                             * @example INSTALLMENT
                             */
                            kind: string;
                            /** @description The numeric id (v1 `id`). */
                            numeric_id: string;
                            /** @description Charge: still owed of it. Credit: still unallocated of it. */
                            open_amount: number;
                            reversal_of: string | null;
                            reversed_by: string | null;
                            type: "CHARGE" | "CREDIT";
                        } & {
                            /** @description What of the payment is left after settling open charges. */
                            unallocated: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            account_id: string;
                            allocations: {
                                /** @description Minor units. */
                                amount: number;
                                /** @description The other side: the charge a credit settles, or the credit that settles a charge. */
                                entry_id: string;
                                /** @description The reversal that undid this allocation, if any. */
                                released_by: string | null;
                            }[];
                            /** @description Minor units; negative only on a reversal. */
                            amount: number;
                            /** @description The account's balance right after this entry (credits − charges). */
                            balance_after: number;
                            /** Format: date-time */
                            booked_at: string;
                            currency: string;
                            description: string | null;
                            /** Format: date */
                            due_date: string;
                            external_id: string | null;
                            /** @example trn_00000000000015ZK3Q8E2N4R7T */
                            id: string;
                            installment_plan: boolean;
                            /**
                             * @example CHARGE
                             * @example CREDIT
                             * @example PAYMENT
                             * @example REVERSAL
                             * @example FEE
                             * @example INSTALLMENT
                             */
                            kind: string;
                            /** @description The numeric id (v1 `id`). */
                            numeric_id: string;
                            /** @description Charge: still owed of it. Credit: still unallocated of it. */
                            open_amount: number;
                            reversal_of: string | null;
                            reversed_by: string | null;
                            type: "CHARGE" | "CREDIT";
                        } & {
                            /** @description What of the payment is left after settling open charges. */
                            unallocated: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/accounts/{account_id}/scheduled-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's scheduled payments by date */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description Account identifier (uuid) */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                account_id: string;
                                /** @description Minor units of the account currency. */
                                amount: number;
                                /** Format: date-time */
                                created_at: string;
                                currency: string;
                                /** Format: date */
                                date: string;
                                /** @example spm_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                                id: string;
                                method: ("DIRECT_DEBIT" | "CREDIT_CARD") | null;
                                /** @enum {string} */
                                status: "SCHEDULED" | "DUE" | "COLLECTED" | "FAILED" | "CANCELLED";
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Schedule a payment into an account
         * @description The date is from today (the organization's time zone) to 60 months ahead; the method defaults to the account's payment method. Closed accounts take none (409 account_closed).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Account identifier (uuid) */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Minor units of the account currency. */
                        amount: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        date: string;
                        /** @enum {string} */
                        method?: "DIRECT_DEBIT" | "CREDIT_CARD";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            account_id: string;
                            /** @description Minor units of the account currency. */
                            amount: number;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            /** Format: date */
                            date: string;
                            /** @example spm_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            method: ("DIRECT_DEBIT" | "CREDIT_CARD") | null;
                            /** @enum {string} */
                            status: "SCHEDULED" | "DUE" | "COLLECTED" | "FAILED" | "CANCELLED";
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/accounts/{account_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the status of an account
         * @description ACCOUNT_OK ⇄ ACCOUNT_BLOCKED, either → ACCOUNT_TO_CLOSE or (when settled) ACCOUNT_CLOSED, ACCOUNT_TO_CLOSE → back. An account to close with nothing open or owed closes itself (ACCOUNT_AUTO_CLOSED). Debt collection has its own endpoint. 409 account_status_transition_invalid names the `allowed` statuses. An If-Match header, when sent, must name the current version.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                    "if-match"?: string;
                };
                path: {
                    /** @description Account identifier (uuid) */
                    account_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ACCOUNT_OK" | "ACCOUNT_BLOCKED" | "ACCOUNT_COLLECTION" | "ACCOUNT_TO_CLOSE" | "ACCOUNT_CLOSED" | "ACCOUNT_AUTO_CLOSED";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Minor units: credits − charges. */
                            balance: number;
                            closed_at: string | null;
                            debt_collection: {
                                active: boolean;
                                since: string | null;
                            };
                            dunning: {
                                /** @description Due date of the oldest overdue charge. */
                                anchor_date: string | null;
                                blocked_by_dunning: boolean;
                                exempt: boolean;
                                /** @description Index into the policy levels; null = none. */
                                level: number | null;
                            };
                            /**
                             * Format: uuid
                             * @description The account (003 `account_id`).
                             */
                            id: string;
                            /** @description Minor units still owed on charges. */
                            open_amount: number;
                            /** @enum {string} */
                            status: "ACCOUNT_OK" | "ACCOUNT_BLOCKED" | "ACCOUNT_COLLECTION" | "ACCOUNT_TO_CLOSE" | "ACCOUNT_CLOSED" | "ACCOUNT_AUTO_CLOSED";
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first: who (API key, operator, auditUser), what, when */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @example entry.posted */
                                action: string;
                                actor_key_id: string | null;
                                /** @description The console operator who acted, if one did. */
                                actor_operator: {
                                    email: string | null;
                                    id: string;
                                } | null;
                                audit_user: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                /** Format: date-time */
                                occurred_at: string;
                                resource_id: string | null;
                                resource_type: string;
                                trace_id: string | null;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers by number, a page at a time; `q` searches */
        get: {
            parameters: {
                query?: {
                    category?: string;
                    cursor?: string;
                    external_id?: string;
                    external_source?: string;
                    limit?: number;
                    /** @description Search: the customer number, an account number or payment reference (spaces ignored) exactly, part of the name, or the start of the email; letters in either case. */
                    q?: string;
                };
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                categories: string[];
                                /** Format: date-time */
                                created_at: string;
                                email: string | null;
                                external_references: {
                                    id: string;
                                    source: string;
                                }[];
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @description A 64-bit integer as a string of digits. */
                                number: string;
                                /** Format: date-time */
                                updated_at: string;
                                version: number;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a customer (honours Idempotency-Key) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categories?: string[];
                        email?: string | null;
                        external_references?: {
                            id: string;
                            /** @example crm */
                            source: string;
                        }[];
                        name: string;
                        /** @description The customer number (1 to 9223372036854775807), best as a string of digits; assigned when absent. */
                        number?: string | number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: string[];
                            /** Format: date-time */
                            created_at: string;
                            email: string | null;
                            external_references: {
                                id: string;
                                source: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description A 64-bit integer as a string of digits. */
                            number: string;
                            /** Format: date-time */
                            updated_at: string;
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/customers/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a customer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Customer identifier */
                    customer_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: string[];
                            /** Format: date-time */
                            created_at: string;
                            email: string | null;
                            external_references: {
                                id: string;
                                source: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description A 64-bit integer as a string of digits. */
                            number: string;
                            /** Format: date-time */
                            updated_at: string;
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a customer (If-Match: the ETag of the version read) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the version read */
                    "if-match"?: string;
                };
                path: {
                    /** @description Customer identifier */
                    customer_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categories?: string[];
                        email?: string | null;
                        external_references?: {
                            id: string;
                            /** @example crm */
                            source: string;
                        }[];
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: string[];
                            /** Format: date-time */
                            created_at: string;
                            email: string | null;
                            external_references: {
                                id: string;
                                source: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description A 64-bit integer as a string of digits. */
                            number: string;
                            /** Format: date-time */
                            updated_at: string;
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description An If-Match header is required. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/orgs/{org_id}/customers/{customer_id}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accounts of a customer, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Customer identifier */
                    customer_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Customer accounts returned successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account_ids: string[];
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open an account for a customer (honours Idempotency-Key) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Customer identifier */
                    customer_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        billing_address?: {
                            city?: string;
                            /** @description ISO 3166-1 alpha-2 */
                            country?: string;
                            line1?: string;
                            line2?: string;
                            line3?: string;
                            name?: string;
                            postal_code?: string;
                            region?: string;
                        } | null;
                        /** @description Minor units */
                        credit_limit?: number;
                        /** @description ISO 4217; else the template’s, else the organization’s default */
                        currency?: string;
                        /** @enum {string} */
                        modality?: "RECURRING_PREPAID" | "POSTPAID";
                        name?: string | null;
                        /** @description Unique in the organization; numeric with a MOD10 or FINNISH_7_3_1 payment reference; assigned when absent */
                        number?: string;
                        parent_id?: string | null;
                        payment_method: {
                            details?: {
                                /** @description Only for direct debit payment method */
                                iban?: string;
                                /** @description Only for credit card payment method: the id of the tokenized card (uuid) */
                                token_id?: string;
                            } | null;
                            /** @enum {string} */
                            type: "DIRECT_DEBIT" | "CREDIT_CARD";
                        };
                        payment_reference?: {
                            number?: string;
                            /** @enum {string} */
                            type: "MOD10" | "FINNISH_7_3_1" | "RF";
                        };
                        template?: string;
                    };
                };
            };
            responses: {
                /** @description successful operation */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            account_id: string;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/customers/{customer_id}/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account of a customer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Account identifier */
                    account_id: string;
                    /** @description Customer identifier */
                    customer_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description credit_limit + balance */
                            available: number;
                            /** @description credits − charges, minor units; negative means the customer owes */
                            balance: number;
                            billing_address: {
                                city?: string;
                                /** @description ISO 3166-1 alpha-2 */
                                country?: string;
                                line1?: string;
                                line2?: string;
                                line3?: string;
                                name?: string;
                                postal_code?: string;
                                region?: string;
                            } | null;
                            closed_at: string | null;
                            /** Format: date-time */
                            created_at: string;
                            credit_limit: number;
                            currency: string;
                            /** Format: uuid */
                            customer_id: string;
                            /** @description A 64-bit integer as a string of digits. */
                            customer_number: string;
                            dunning_level: number | null;
                            /** Format: uuid */
                            id: string;
                            in_debt_collection: boolean;
                            is_default: boolean;
                            /** @enum {string} */
                            modality: "RECURRING_PREPAID" | "POSTPAID";
                            name: string | null;
                            number: string;
                            /** @description A 64-bit integer as a string of digits. */
                            numeric_id: string;
                            open_amount: number;
                            parent_id: string | null;
                            payment_method: {
                                details: {
                                    /** @description Only for direct debit payment method */
                                    iban?: string;
                                    /** @description Only for credit card payment method: the id of the tokenized card (uuid) */
                                    token_id?: string;
                                } | null;
                                /** @enum {string} */
                                type: "DIRECT_DEBIT" | "CREDIT_CARD";
                            };
                            payment_reference: {
                                number: string;
                                /** @enum {string} */
                                type: "MOD10" | "FINNISH_7_3_1" | "RF";
                            } | null;
                            /** @enum {string} */
                            status: "ACCOUNT_OK" | "ACCOUNT_BLOCKED" | "ACCOUNT_COLLECTION" | "ACCOUNT_TO_CLOSE" | "ACCOUNT_CLOSED" | "ACCOUNT_AUTO_CLOSED";
                            template: string | null;
                            total_charged: number;
                            total_credited: number;
                            unallocated: number;
                            /** Format: date-time */
                            updated_at: string;
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Close an account once nothing is owed, open or unallocated */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Account identifier */
                    account_id: string;
                    /** @description Customer identifier */
                    customer_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description successful operation */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/customers/{customer_id}/accounts/{account_id}/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment methods the account may switch to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Account identifier */
                    account_id: string;
                    /** @description Customer identifier */
                    customer_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Payment methods returned successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payment_methods: {
                                /** @enum {string} */
                                type: "DIRECT_DEBIT" | "CREDIT_CARD";
                            }[];
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/customers/{customer_id}/family": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The family a customer belongs to, or null */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Customer identifier */
                    customer_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            family: {
                                /** Format: date-time */
                                created_at: string;
                                /** @example EUR */
                                currency: string;
                                /** @example fml_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/customers/by-number/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a customer by its number */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: string[];
                            /** Format: date-time */
                            created_at: string;
                            email: string | null;
                            external_references: {
                                id: string;
                                source: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description A 64-bit integer as a string of digits. */
                            number: string;
                            /** Format: date-time */
                            updated_at: string;
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/debt-collection/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts in debt collection with their open items
         * @description JSON (default) or CSV: one line per open item, amounts in minor units. Paged by `cursor` (the `next_cursor`, or in CSV the `Next-Cursor` header).
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    format?: "json" | "csv";
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON, or text/csv with format=csv */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                account_id: string;
                                account_number: string;
                                balance: number;
                                currency: string;
                                /** Format: uuid */
                                customer_id: string;
                                debt_collection_since: string | null;
                                dunning_level: number | null;
                                name: string | null;
                                open_amount: number;
                                open_items: {
                                    amount: number;
                                    description: string | null;
                                    /** Format: date */
                                    due_date: string;
                                    entry_id: string;
                                    kind: string;
                                    open_amount: number;
                                }[];
                                status: string;
                            }[];
                            next_cursor: string | null;
                        };
                        "text/csv": string;
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/dunning-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dunning policy (no levels when none is set) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            debt_collection_after_days: number | null;
                            levels: {
                                block_account: boolean;
                                days_past_due: number;
                                fee: number;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /**
         * Set the dunning policy
         * @description Levels reached at days past due (strictly increasing, at most 20, names up to 64 characters), each with an optional fee and block.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Days past due at which the account goes to debt collection; null = never. */
                        debt_collection_after_days?: number | null;
                        /** @description At most 20 levels, days_past_due strictly increasing. */
                        levels: {
                            /** @description While at or past this level the account is ACCOUNT_BLOCKED. */
                            block_account?: boolean;
                            days_past_due: number;
                            /** @description Minor units, posted as a FEE charge once when the level is reached. */
                            fee?: number;
                            name: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            debt_collection_after_days: number | null;
                            levels: {
                                block_account: boolean;
                                days_past_due: number;
                                fee: number;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/dunning-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dunning runs, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                accounts_evaluated: number;
                                /** Format: date */
                                as_of: string;
                                changes: {
                                    accounts_changed: number;
                                    /** @description Accounts an expected refusal stopped; the next run tries them again. */
                                    accounts_failed: number;
                                    auto_closed: number;
                                    blocked: number;
                                    escalated: number;
                                    /** @description Minor units, summed over currencies as posted. */
                                    fees_amount: number;
                                    fees_posted: number;
                                    handed_over: number;
                                    reset: number;
                                    scheduled_payments_due: number;
                                    unblocked: number;
                                };
                                completed_at: string | null;
                                /** @example dnr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                                id: string;
                                /** Format: date-time */
                                started_at: string;
                                status: "RUNNING" | "COMPLETED";
                                trigger: "API" | "SCHEDULE";
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Run dunning now, as of today or of the given day
         * @description Evaluates every account that is not exempt, not closed and not in debt collection; posts the fees of the levels reached, blocks, hands over, resets. Also marks scheduled payments due and closes settled accounts to close. Running again is safe: no fee is posted twice.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-MM-DD; today in the organization’s time zone by default. */
                        as_of?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts_evaluated: number;
                            /** Format: date */
                            as_of: string;
                            changes: {
                                accounts_changed: number;
                                /** @description Accounts an expected refusal stopped; the next run tries them again. */
                                accounts_failed: number;
                                auto_closed: number;
                                blocked: number;
                                escalated: number;
                                /** @description Minor units, summed over currencies as posted. */
                                fees_amount: number;
                                fees_posted: number;
                                handed_over: number;
                                reset: number;
                                scheduled_payments_due: number;
                                unblocked: number;
                            };
                            completed_at: string | null;
                            /** @example dnr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            /** Format: date-time */
                            started_at: string;
                            status: "RUNNING" | "COMPLETED";
                            trigger: "API" | "SCHEDULE";
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/dunning-runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dunning run with the change it made to each account (paged by `cursor`) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                    /** @description Dunning run id (dnr_…) */
                    run_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts_evaluated: number;
                            /** Format: date */
                            as_of: string;
                            changes: {
                                accounts_changed: number;
                                /** @description Accounts an expected refusal stopped; the next run tries them again. */
                                accounts_failed: number;
                                auto_closed: number;
                                blocked: number;
                                escalated: number;
                                /** @description Minor units, summed over currencies as posted. */
                                fees_amount: number;
                                fees_posted: number;
                                handed_over: number;
                                reset: number;
                                scheduled_payments_due: number;
                                unblocked: number;
                            };
                            completed_at: string | null;
                            /** @example dnr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            /** Format: date-time */
                            started_at: string;
                            status: "RUNNING" | "COMPLETED";
                            trigger: "API" | "SCHEDULE";
                        } & {
                            account_changes: {
                                /** Format: uuid */
                                account_id: string;
                                anchor_date: string | null;
                                days_past_due: number | null;
                                fees: {
                                    amount: number;
                                    entry_id: string;
                                    level: number;
                                }[];
                                from_level: number | null;
                                handed_over: boolean;
                                overdue_amount: number;
                                /** @enum {string} */
                                status_from: "ACCOUNT_OK" | "ACCOUNT_BLOCKED" | "ACCOUNT_COLLECTION" | "ACCOUNT_TO_CLOSE" | "ACCOUNT_CLOSED" | "ACCOUNT_AUTO_CLOSED";
                                /** @enum {string} */
                                status_to: "ACCOUNT_OK" | "ACCOUNT_BLOCKED" | "ACCOUNT_COLLECTION" | "ACCOUNT_TO_CLOSE" | "ACCOUNT_CLOSED" | "ACCOUNT_AUTO_CLOSED";
                                to_level: number | null;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A booking entry with its allocations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Booking entry identifier (trn_…) */
                    entry_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            account_id: string;
                            allocations: {
                                /** @description Minor units. */
                                amount: number;
                                /** @description The other side: the charge a credit settles, or the credit that settles a charge. */
                                entry_id: string;
                                /** @description The reversal that undid this allocation, if any. */
                                released_by: string | null;
                            }[];
                            /** @description Minor units; negative only on a reversal. */
                            amount: number;
                            /** @description The account's balance right after this entry (credits − charges). */
                            balance_after: number;
                            /** Format: date-time */
                            booked_at: string;
                            currency: string;
                            description: string | null;
                            /** Format: date */
                            due_date: string;
                            external_id: string | null;
                            /** @example trn_00000000000015ZK3Q8E2N4R7T */
                            id: string;
                            installment_plan: boolean;
                            /**
                             * @example CHARGE
                             * @example CREDIT
                             * @example PAYMENT
                             * @example REVERSAL
                             * @example FEE
                             * @example INSTALLMENT
                             */
                            kind: string;
                            /** @description The numeric id (v1 `id`). */
                            numeric_id: string;
                            /** @description Charge: still owed of it. Credit: still unallocated of it. */
                            open_amount: number;
                            reversal_of: string | null;
                            reversed_by: string | null;
                            type: "CHARGE" | "CREDIT";
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/entries/{entry_id}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a booking entry
         * @description Books the opposite entry (kind REVERSAL). The original stays, its allocations are released and what that frees is settled again. 409 entry_already_reversed, 409 entry_not_reversible for a reversal.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Booking entry identifier (trn_…) */
                    entry_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            account_id: string;
                            allocations: {
                                /** @description Minor units. */
                                amount: number;
                                /** @description The other side: the charge a credit settles, or the credit that settles a charge. */
                                entry_id: string;
                                /** @description The reversal that undid this allocation, if any. */
                                released_by: string | null;
                            }[];
                            /** @description Minor units; negative only on a reversal. */
                            amount: number;
                            /** @description The account's balance right after this entry (credits − charges). */
                            balance_after: number;
                            /** Format: date-time */
                            booked_at: string;
                            currency: string;
                            description: string | null;
                            /** Format: date */
                            due_date: string;
                            external_id: string | null;
                            /** @example trn_00000000000015ZK3Q8E2N4R7T */
                            id: string;
                            installment_plan: boolean;
                            /**
                             * @example CHARGE
                             * @example CREDIT
                             * @example PAYMENT
                             * @example REVERSAL
                             * @example FEE
                             * @example INSTALLMENT
                             */
                            kind: string;
                            /** @description The numeric id (v1 `id`). */
                            numeric_id: string;
                            /** @description Charge: still owed of it. Credit: still unallocated of it. */
                            open_amount: number;
                            reversal_of: string | null;
                            reversed_by: string | null;
                            type: "CHARGE" | "CREDIT";
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/families": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a family */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ISO 4217; every member account must keep it. */
                        currency: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** @example EUR */
                            currency: string;
                            /** @example fml_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            name: string;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/families/{family_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a family */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Family id (fml_…) */
                    family_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** @example EUR */
                            currency: string;
                            /** @example fml_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            name: string;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/families/{family_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A family's members, in the order they joined
         * @description A family has at most 50 members, so the list comes in one page.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Family id (fml_…) */
                    family_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: date-time */
                                added_at: string;
                                /** Format: uuid */
                                customer_id: string;
                                /** @description The customer number (int64 as digits). */
                                customer_number: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/families/{family_id}/members/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add a customer to a family
         * @description Idempotent: adding a member again is 204 too. 409 customer_in_other_family when the customer belongs to another family, 422 currency_mismatch when one of its accounts keeps another currency, 409 family_member_limit_reached past 50 members.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Customer id (uuid) */
                    customer_id: string;
                    /** @description Family id (fml_…) */
                    family_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The customer is a member */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove a customer from a family
         * @description The family balance stops counting the customer from here on; balances before this point still count it.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Customer id (uuid) */
                    customer_id: string;
                    /** @description Family id (fml_…) */
                    family_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The customer is no longer a member */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The Idempotency-Key was used with a different request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/installment-plans/{plan_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An installment plan with its installments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                    /** @description Installment plan id (ipl_…) */
                    plan_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            account_id: string;
                            cancelled_at: string | null;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            /** @description The original charges. */
                            entry_ids: string[];
                            /** Format: date */
                            first_due_date: string;
                            /** @example ipl_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            installments: {
                                amount: number;
                                /** Format: date */
                                due_date: string;
                                entry_id: string;
                                open_amount: number;
                            }[];
                            interval_months: number;
                            originals: {
                                /** @description What moved into the plan. */
                                amount: number;
                                entry_id: string;
                            }[];
                            status: "ACTIVE" | "CANCELLED";
                            /** @description Minor units moved from the original charges. */
                            total: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Cancel an installment plan
         * @description What is still open on the installments goes back to the original charges; what was paid on installments stays paid.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description organization name */
                    org_id: string;
                    /** @description Installment plan id (ipl_…) */
                    plan_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            account_id: string;
                            cancelled_at: string | null;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            /** @description The original charges. */
                            entry_ids: string[];
                            /** Format: date */
                            first_due_date: string;
                            /** @example ipl_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            installments: {
                                amount: number;
                                /** Format: date */
                                due_date: string;
                                entry_id: string;
                                open_amount: number;
                            }[];
                            interval_months: number;
                            originals: {
                                /** @description What moved into the plan. */
                                amount: number;
                                entry_id: string;
                            }[];
                            status: "ACTIVE" | "CANCELLED";
                            /** @description Minor units moved from the original charges. */
                            total: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/operators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's operators by email (admin operators only) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: date-time */
                                created_at: string;
                                disabled: boolean;
                                email: string;
                                /** @example opr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                                id: string;
                                must_change_password: boolean;
                                /** @enum {string} */
                                role: "viewer" | "clerk" | "admin";
                                /** Format: date-time */
                                updated_at: string;
                                version: number;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an operator (admin operators only); the password is one-time unless said otherwise */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        /** @description The operator must change the password at first sign-in. */
                        one_time_password?: boolean;
                        /** @description At least 12 characters. */
                        password: string;
                        /** @enum {string} */
                        role: "viewer" | "clerk" | "admin";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            email: string;
                            /** @example opr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            must_change_password: boolean;
                            /** @enum {string} */
                            role: "viewer" | "clerk" | "admin";
                            /** Format: date-time */
                            updated_at: string;
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/operators/{operator_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An operator (admin operators only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Operator identifier (opr_…) */
                    operator_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            email: string;
                            /** @example opr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            must_change_password: boolean;
                            /** @enum {string} */
                            role: "viewer" | "clerk" | "admin";
                            /** Format: date-time */
                            updated_at: string;
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an operator's role, or disable it (its sessions end at once) or enable it again
         * @description 409 operator_last_admin when the change would leave no enabled admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Operator identifier (opr_…) */
                    operator_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        /** @enum {string} */
                        role?: "viewer" | "clerk" | "admin";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            email: string;
                            /** @example opr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            must_change_password: boolean;
                            /** @enum {string} */
                            role: "viewer" | "clerk" | "admin";
                            /** Format: date-time */
                            updated_at: string;
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/orgs/{org_id}/operators/{operator_id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new one-time password: the operator must change it at next sign-in; its sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Operator identifier (opr_…) */
                    operator_id: string;
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description At least 12 characters. */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            email: string;
                            /** @example opr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            must_change_password: boolean;
                            /** @enum {string} */
                            role: "viewer" | "clerk" | "admin";
                            /** Format: date-time */
                            updated_at: string;
                            version: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a payment matched to its account by payment reference
         * @description 422 payment_reference_unmatched when no account of the organization has the reference. Spaces in the reference are ignored.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Minor units of the account currency. */
                        amount: number;
                        /** @description When given, must be the account currency. */
                        currency?: string;
                        description?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD; today in the organization’s time zone by default.
                         */
                        due_date?: string;
                        /** @description Your id for the entry, unique per account: the same content again returns the first entry (200); other content is 409. */
                        external_id?: string;
                        reference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            account_id: string;
                            allocations: {
                                /** @description Minor units. */
                                amount: number;
                                /** @description The other side: the charge a credit settles, or the credit that settles a charge. */
                                entry_id: string;
                                /** @description The reversal that undid this allocation, if any. */
                                released_by: string | null;
                            }[];
                            /** @description Minor units; negative only on a reversal. */
                            amount: number;
                            /** @description The account's balance right after this entry (credits − charges). */
                            balance_after: number;
                            /** Format: date-time */
                            booked_at: string;
                            currency: string;
                            description: string | null;
                            /** Format: date */
                            due_date: string;
                            external_id: string | null;
                            /** @example trn_00000000000015ZK3Q8E2N4R7T */
                            id: string;
                            installment_plan: boolean;
                            /**
                             * @example CHARGE
                             * @example CREDIT
                             * @example PAYMENT
                             * @example REVERSAL
                             * @example FEE
                             * @example INSTALLMENT
                             */
                            kind: string;
                            /** @description The numeric id (v1 `id`). */
                            numeric_id: string;
                            /** @description Charge: still owed of it. Credit: still unallocated of it. */
                            open_amount: number;
                            reversal_of: string | null;
                            reversed_by: string | null;
                            type: "CHARGE" | "CREDIT";
                        } & {
                            /** @description What of the payment is left after settling open charges. */
                            unallocated: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            account_id: string;
                            allocations: {
                                /** @description Minor units. */
                                amount: number;
                                /** @description The other side: the charge a credit settles, or the credit that settles a charge. */
                                entry_id: string;
                                /** @description The reversal that undid this allocation, if any. */
                                released_by: string | null;
                            }[];
                            /** @description Minor units; negative only on a reversal. */
                            amount: number;
                            /** @description The account's balance right after this entry (credits − charges). */
                            balance_after: number;
                            /** Format: date-time */
                            booked_at: string;
                            currency: string;
                            description: string | null;
                            /** Format: date */
                            due_date: string;
                            external_id: string | null;
                            /** @example trn_00000000000015ZK3Q8E2N4R7T */
                            id: string;
                            installment_plan: boolean;
                            /**
                             * @example CHARGE
                             * @example CREDIT
                             * @example PAYMENT
                             * @example REVERSAL
                             * @example FEE
                             * @example INSTALLMENT
                             */
                            kind: string;
                            /** @description The numeric id (v1 `id`). */
                            numeric_id: string;
                            /** @description Charge: still owed of it. Credit: still unallocated of it. */
                            open_amount: number;
                            reversal_of: string | null;
                            reversed_by: string | null;
                            type: "CHARGE" | "CREDIT";
                        } & {
                            /** @description What of the payment is left after settling open charges. */
                            unallocated: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/scheduled-payments/{scheduled_payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a scheduled payment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                    /** @description Scheduled payment id (spm_…) */
                    scheduled_payment_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            account_id: string;
                            /** @description Minor units of the account currency. */
                            amount: number;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            /** Format: date */
                            date: string;
                            /** @example spm_01JD5Z4W6Y3B0H9Q8E2N4R7T5V */
                            id: string;
                            method: ("DIRECT_DEBIT" | "CREDIT_CARD") | null;
                            /** @enum {string} */
                            status: "SCHEDULED" | "DUE" | "COLLECTED" | "FAILED" | "CANCELLED";
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Cancel a scheduled payment
         * @description Only a SCHEDULED payment can be cancelled (409 scheduled_payment_not_cancellable otherwise); it stays readable as CANCELLED.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description organization name */
                    org_id: string;
                    /** @description Scheduled payment id (spm_…) */
                    scheduled_payment_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The Idempotency-Key was used with a different request. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/scheduled-payments/{scheduled_payment_id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the result of collecting a due scheduled payment
         * @description COLLECTED books the payment on the account (settling open charges oldest first); FAILED only records it. 409 scheduled_payment_state_invalid unless the payment is due.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Replays the first answer for a repeated request. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description organization name */
                    org_id: string;
                    /** @description spm_… */
                    scheduled_payment_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status: "COLLECTED" | "FAILED";
                    };
                };
            };
            responses: {
                /** @description The scheduled payment, with `payment_entry_id` when collected. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request is well-formed but cannot be carried out. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization’s settings for accounts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            default_currency: string;
                            payment_methods_by_modality: {
                                POSTPAID: ("DIRECT_DEBIT" | "CREDIT_CARD")[];
                                RECURRING_PREPAID: ("DIRECT_DEBIT" | "CREDIT_CARD")[];
                            };
                            time_zone: string;
                            v1_sunset_date: string | null;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** Change the settings for accounts; fields left out keep their value */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description organization name */
                    org_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        default_currency?: string;
                        payment_methods_by_modality?: {
                            POSTPAID?: ("DIRECT_DEBIT" | "CREDIT_CARD")[];
                            RECURRING_PREPAID?: ("DIRECT_DEBIT" | "CREDIT_CARD")[];
                        };
                        time_zone?: string;
                        v1_sunset_date?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            default_currency: string;
                            payment_methods_by_modality: {
                                POSTPAID: ("DIRECT_DEBIT" | "CREDIT_CARD")[];
                                RECURRING_PREPAID: ("DIRECT_DEBIT" | "CREDIT_CARD")[];
                            };
                            time_zone: string;
                            v1_sunset_date: string | null;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customerId}/account/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get customer's account balance data
         * @deprecated
         * @description Required Scopes: `CUSTOMER_ACCOUNT_READ`. Returns the current balance data of the customer's default account. Answers carry `Deprecation` (RFC 9745), a `Link` to the docs and to the native successor, and `Sunset` (RFC 8594) once the organization set a date. Successor: GET /orgs/{org_id}/accounts/{account_id}.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description Unique ID of the customer (an int64: digits, at most 9223372036854775807)
                     * @example 55667788990
                     */
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Account balance data of the customer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Represents a financial data */
                            accountBalance: {
                                /**
                                 * @description Amount of the finance data tuple
                                 * @example 20
                                 */
                                amount: number;
                                /**
                                 * @description Currency of the finance data tuple (ISO 4217)
                                 * @example EUR
                                 */
                                currency: string;
                            };
                            /** @description Represents a financial data */
                            consumptionCredit: {
                                /**
                                 * @description Amount of the finance data tuple
                                 * @example 20
                                 */
                                amount: number;
                                /**
                                 * @description Currency of the finance data tuple (ISO 4217)
                                 * @example EUR
                                 */
                                currency: string;
                            };
                            /**
                             * @description The dunning level of the customer
                             * @example Dunning Level 1
                             */
                            dunningLevel?: string;
                            /** @description Whether the customers open debt claims where transferred to a debt collection agency */
                            inDebtCollection: boolean;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customerId}/account/transactions/upcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get customer's account upcoming transactions in slices within the next year
         * @deprecated
         * @description Required Scopes: `CUSTOMER_ACCOUNT_READ`. The default account's charges due from today (inclusive, in the organization's time zone) to the same date a year ahead (inclusive), ordered by id; reversed charges and reversals are not listed, nor are credits. Page with `offset` = the `offset` of the previous answer. Answers carry `Deprecation` (RFC 9745), a `Link` to the docs and to the native successor, and `Sunset` (RFC 8594) once the organization set a date. Successor: GET /orgs/{org_id}/accounts/{account_id}/entries.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Offset from last request (last ID of the booking entry) */
                    offset?: string;
                    /** @description Desired size of data chunk */
                    sliceSize?: number;
                };
                header?: never;
                path: {
                    /**
                     * @description Unique ID of the customer (an int64: digits, at most 9223372036854775807)
                     * @example 55667788990
                     */
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Slice of booking entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description True if there exists next data slice
                             * @example true
                             */
                            hasNext: boolean;
                            /**
                             * @description Offset for next query (last ID of the booking entry)
                             * @example 1234567890
                             */
                            offset: string;
                            /** @description List of booking entries */
                            result: {
                                /** @description Represents a financial data */
                                amount: {
                                    /**
                                     * @description Amount of the finance data tuple
                                     * @example 20
                                     */
                                    amount: number;
                                    /**
                                     * @description Currency of the finance data tuple (ISO 4217)
                                     * @example EUR
                                     */
                                    currency: string;
                                };
                                /** @description Description of the booking */
                                description?: string;
                                /**
                                 * Format: date
                                 * @description Date to booking is/was to be paid
                                 */
                                dueDate: string;
                                /**
                                 * Format: int64
                                 * @description The internal id of the entry
                                 */
                                id: number;
                                /** @description Whether or not the booking was transferred into an installment plan */
                                installmentPlan: boolean;
                                /** @description Represents a financial data */
                                openAmount: {
                                    /**
                                     * @description Amount of the finance data tuple
                                     * @example 20
                                     */
                                    amount: number;
                                    /**
                                     * @description Currency of the finance data tuple (ISO 4217)
                                     * @example EUR
                                     */
                                    currency: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Conflict with the current state of the resource. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Key for translation files */
                            errorCode?: string;
                            /** @description Resolved message in the context-specific default locale */
                            errorMessage: string;
                            /**
                             * @description Reference to validation error
                             * @example parent.child
                             */
                            reference?: string;
                            /** @description Trace id */
                            traceId?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/families/{familyId}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve family balance
         * @description Required Scopes: `FAMILY_READ`. Amounts are integers in minor units. With `where[transactionId][lessThan]=trn_…` the figures count only the entries booked before that transaction, for the members of that moment; such an answer never changes. The next scheduled payment always looks ahead from today.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Filter conditions */
                    where?: {
                        /** @description Filter by Transaction ID */
                        transactionId?: {
                            /** @description Filter by ID less than */
                            lessThan?: string;
                        };
                    };
                };
                header?: never;
                path: {
                    /** @description Family ID */
                    familyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description successful operation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Balance: credit − debit, minor units */
                            balance: number;
                            /** @description Transaction ID of the filter; null without one */
                            beforeTransactionId: string | null;
                            /**
                             * @description Company ID
                             * @example co_01JD5Z4W6Y3B0H9Q8E2N4R7T5V
                             */
                            companyId: string;
                            /** @description Credit: sum of the members’ credits, minor units */
                            credit: number;
                            /** @description Debit: sum of the members’ charges, minor units */
                            debit: number;
                            /**
                             * @description Family ID
                             * @example fml_01JD5Z4W6Y3B0H9Q8E2N4R7T5V
                             */
                            familyId: string;
                            /** @description Next scheduled payment value: the sum of the SCHEDULED payments on the earliest date from today on */
                            nextScheduledPayment: number | null;
                            /** @description Next scheduled payment date */
                            nextScheduledPaymentDate: string | null;
                            /** @description Total to pay: max(0, debit − credit), minor units */
                            totalToPay: number;
                        };
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Exception */
                            exception?: {
                                [key: string]: unknown;
                            };
                            /** @description List of error messages */
                            messages: string[];
                            /** @description Status Code */
                            statusCode: number;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Exception */
                            exception?: {
                                [key: string]: unknown;
                            };
                            /** @description List of error messages */
                            messages: string[];
                            /** @description Status Code */
                            statusCode: number;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Exception */
                            exception?: {
                                [key: string]: unknown;
                            };
                            /** @description List of error messages */
                            messages: string[];
                            /** @description Status Code */
                            statusCode: number;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Exception */
                            exception?: {
                                [key: string]: unknown;
                            };
                            /** @description List of error messages */
                            messages: string[];
                            /** @description Status Code */
                            statusCode: number;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Exception */
                            exception?: {
                                [key: string]: unknown;
                            };
                            /** @description List of error messages */
                            messages: string[];
                            /** @description Status Code */
                            statusCode: number;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Exception */
                            exception?: {
                                [key: string]: unknown;
                            };
                            /** @description List of error messages */
                            messages: string[];
                            /** @description Status Code */
                            statusCode: number;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Exception */
                            exception?: {
                                [key: string]: unknown;
                            };
                            /** @description List of error messages */
                            messages: string[];
                            /** @description Status Code */
                            statusCode: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/customer/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The accounts of a customer
         * @description Required Scopes: `CUSTOMER_ACCOUNT_READ`. Accounts ordered by id; each read is recorded in the audit trail with `auditUser`.
         */
        get: {
            parameters: {
                query: {
                    /** @description The audit user to log the request */
                    auditUser: string;
                    /** @description Current page */
                    page?: number;
                    /** @description How many accounts should be returned per page, default is 30. Cannot be more than 100. */
                    size?: number;
                };
                header?: never;
                path: {
                    /** @description The customer id to fetch list of accounts for (biginteger) */
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Successful lookup of accounts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Accounts's available amount (creditLimit + balance)
                             * @example 1000
                             */
                            available: number;
                            /**
                             * @description Account's balance (credits − charges)
                             * @example 1000
                             */
                            balance: number;
                            /**
                             * @description Credit limit of the account
                             * @example 10000
                             */
                            creditLimit: number;
                            /**
                             * @description A valid ISO 4217 currency code
                             * @example EUR
                             */
                            currency: string;
                            /**
                             * @description Customer id for account owner
                             * @example 55667788990
                             */
                            customerId: string;
                            /**
                             * @description Unique account id for given account
                             * @example 1234567890
                             */
                            id: string;
                            /**
                             * @description Human readable name of an account
                             * @example My example account name
                             */
                            name?: string;
                            /**
                             * @description Unique account number for given account
                             * @example 123456789
                             */
                            number: string;
                            /**
                             * @description Account id of parent account. If empty then this is parent contract.
                             * @example 9876543210
                             */
                            parentId?: string;
                            /** @description Number connected to account that will be used to map incoming payments to */
                            paymentReference?: {
                                /** @example 1234567897 */
                                number: string;
                                /** @example MOD10 */
                                type: string;
                            };
                            /** @enum {string} */
                            status: "ACCOUNT_OK" | "ACCOUNT_BLOCKED" | "ACCOUNT_COLLECTION" | "ACCOUNT_TO_CLOSE" | "ACCOUNT_CLOSED" | "ACCOUNT_AUTO_CLOSED";
                            /** @description Template name for which the account is connected to */
                            template?: string;
                        }[];
                    };
                };
                /** @description Validation of the request failed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authentication failed. No api-key, wrong api-key or wrong header name. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Authorization failed. The caller has no privilege to the given resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Entity does not exist. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Access denied - rate limit is exceeded. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected system error. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Service unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Repository timeout. */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description Stable machine code from the error registry. */
                            code: string;
                            detail: string;
                            errors?: {
                                detail: string;
                                parameter?: string;
                                pointer?: string;
                            }[];
                            instance: string;
                            status: number;
                            title: string;
                            trace_id: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
