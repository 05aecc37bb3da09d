// The parts of camunda-external-task-client-js 3.1 that QinQing uses (the package ships no types).
declare module 'camunda-external-task-client-js' {
  export interface Task {
    id: string;
    topicName: string;
    activityId: string;
    processInstanceId: string;
    businessKey: string | null;
    retries: number | null;
    variables: { get(name: string): unknown; getAll(): Record<string, unknown> };
  }
  export class Variables {
    set(name: string, value: unknown): this;
    setTyped(name: string, typed: { value: unknown; type: string; valueInfo?: Record<string, unknown> }): this;
  }
  export interface TaskService {
    complete(task: Task, processVariables?: Variables, localVariables?: Variables): Promise<void>;
    handleFailure(task: Task, options: { errorMessage?: string; errorDetails?: string; retries?: number; retryTimeout?: number }): Promise<void>;
    handleBpmnError(task: Task, errorCode: string, errorMessage?: string, variables?: Variables): Promise<void>;
    extendLock(task: Task, newDuration: number): Promise<void>;
  }
  export type Interceptor = (config: Record<string, unknown>) => Record<string, unknown>;
  export interface ClientOptions {
    baseUrl: string;
    workerId?: string;
    maxTasks?: number;
    maxParallelExecutions?: number;
    interval?: number;
    lockDuration?: number;
    autoPoll?: boolean;
    asyncResponseTimeout?: number;
    usePriority?: boolean;
    interceptors?: Interceptor | Interceptor[];
    use?: unknown;
  }
  export interface Subscription {
    unsubscribe(): void;
  }
  export class Client {
    constructor(options: ClientOptions);
    subscribe(topic: string, options: { lockDuration?: number; variables?: string[] }, handler: (args: { task: Task; taskService: TaskService }) => Promise<void>): Subscription;
    subscribe(topic: string, handler: (args: { task: Task; taskService: TaskService }) => Promise<void>): Subscription;
    start(): void;
    stop(): void;
    on(event: string, listener: (...args: unknown[]) => void): this;
    /** Internal, read by every request: the engine node the client talks to (switched when a node is down). */
    engineService: { baseUrl: string };
    /** Internal, read before every poll. */
    options: { interval: number };
  }
  export class BasicAuthInterceptor {
    constructor(options: { username: string; password: string });
  }
}
