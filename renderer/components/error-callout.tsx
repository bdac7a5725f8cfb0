import { BannerCallout, BannerSlim } from 'gestalt';
import type { AppError } from '../../electron/shared/app-error';
import { describeError } from './describe-error';

interface Props {
  error: AppError;
  /** Offered next to the message, e.g. "Try again". */
  retry?: { label: string; onClick: () => void };
  /** Compact form, for errors shown inside a form or a table. */
  slim?: boolean;
}

/** An error in plain words where it happened, with the way out when there is one. */
export function ErrorCallout({ error, retry, slim }: Props) {
  const { title, message } = describeError(error);
  if (slim) {
    return (
      <div role="alert" data-error-kind={error.kind}>
        <BannerSlim type="error" iconAccessibilityLabel="Error" message={`${title}: ${message}`} />
      </div>
    );
  }
  return (
    <div role="alert" data-error-kind={error.kind}>
      <BannerCallout
        type="error"
        iconAccessibilityLabel="Error"
        title={title}
        message={message}
        primaryAction={retry ? { accessibilityLabel: retry.label, label: retry.label, onClick: retry.onClick, role: 'button' } : undefined}
      />
    </div>
  );
}
