/**
 * Turns whatever an Apex call, a wire adapter or the UI API rejected with into plain messages.
 *
 * Every component reports errors through this one function (and `c-error-panel`), so no component
 * reads `error.body.message` itself and every error shape is handled in one tested place.
 */

/** The shapes a Lightning error body takes: Apex/UI API single message, page or field errors. */
interface ErrorBody {
    message?: string;
    pageErrors?: Array<{ message?: string }>;
    fieldErrors?: Record<string, Array<{ message?: string }>>;
    output?: {
        errors?: Array<{ message?: string }>;
        fieldErrors?: Record<string, Array<{ message?: string }>>;
    };
}

/** An error as FetchResponse, AuraHandledException, JS Error or a bare string. */
export type LightningError =
    | string
    | Error
    | { body?: ErrorBody | ErrorBody[]; message?: string; statusText?: string }
    | null
    | undefined;

function messagesOfBody(body: ErrorBody): string[] {
    const messages: string[] = [];
    for (const pageError of body.pageErrors ?? []) {
        pushMessage(messages, pageError.message);
    }
    for (const errors of Object.values(body.fieldErrors ?? {})) {
        errors.forEach((fieldError) => pushMessage(messages, fieldError.message));
    }
    for (const outputError of body.output?.errors ?? []) {
        pushMessage(messages, outputError.message);
    }
    for (const errors of Object.values(body.output?.fieldErrors ?? {})) {
        errors.forEach((fieldError) => pushMessage(messages, fieldError.message));
    }
    if (messages.length === 0) {
        pushMessage(messages, body.message);
    }
    return messages;
}

function pushMessage(messages: string[], message: string | undefined): void {
    if (typeof message === 'string' && message.trim() !== '' && !messages.includes(message)) {
        messages.push(message);
    }
}

function messagesOf(error: LightningError): string[] {
    if (error === null || error === undefined) {
        return [];
    }
    if (typeof error === 'string') {
        return error.trim() === '' ? [] : [error];
    }
    if (error instanceof Error) {
        return error.message ? [error.message] : [];
    }
    const bodies = Array.isArray(error.body) ? error.body : error.body ? [error.body] : [];
    const fromBodies = bodies.flatMap(messagesOfBody);
    if (fromBodies.length > 0) {
        return fromBodies;
    }
    const fallback: string[] = [];
    pushMessage(fallback, error.message);
    pushMessage(fallback, error.statusText);
    return fallback;
}

/**
 * Reduces one error or a list of errors to distinct, non-empty messages, in order.
 * @param errors an error or errors in any Lightning shape
 * @returns the messages a person can read
 */
export function reduceErrors(errors: LightningError | LightningError[]): string[] {
    const list = Array.isArray(errors) ? errors : [errors];
    const messages: string[] = [];
    for (const error of list) {
        messagesOf(error).forEach((message) => pushMessage(messages, message));
    }
    return messages;
}
