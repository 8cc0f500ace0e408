/** A Vietnamese notice (success / warning / error / info) as a Fluent MessageBar that wraps at 320 px. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons/svg/dismiss';
import { useEffect, useRef, type ReactNode } from 'react';
import type { NoticeIntent } from '../state';
import { S } from '../../domain/messages/taskpane';

export interface NoticeBarProps {
  intent: NoticeIntent;
  title?: string;
  children?: ReactNode;
  onDismiss?: () => void;
  className?: string;
}

/**
 * A success notice that can be dismissed goes away by itself after this long (an old "Đã chèn…"
 * or "Đã lưu…" says nothing about what the officer does next); errors and warnings stay.
 */
export const SUCCESS_NOTICE_MS = 8000;

export function NoticeBar({ intent, title, children, onDismiss, className }: NoticeBarProps) {
  const dismissRef = useRef(onDismiss);
  dismissRef.current = onDismiss;
  const fades = intent === 'success' && onDismiss !== undefined;
  useEffect(() => {
    if (!fades) return undefined;
    const timer = setTimeout(() => dismissRef.current?.(), SUCCESS_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [fades, children]);
  return (
    <MessageBar
      intent={intent}
      layout="multiline"
      className={className}
      // Errors interrupt a screen reader; other notices wait their turn.
      politeness={intent === 'error' ? 'assertive' : 'polite'}
      style={{ minWidth: 0, whiteSpace: 'normal', overflowWrap: 'anywhere' }}
    >
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {title && children ? ' ' : null}
        {children}
      </MessageBarBody>
      {onDismiss ? (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" aria-label={S.close} icon={<DismissRegular />} onClick={onDismiss} />
          }
        />
      ) : null}
    </MessageBar>
  );
}
